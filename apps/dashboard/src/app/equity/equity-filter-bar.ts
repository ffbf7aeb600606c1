import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TPipe } from '../core/t.pipe';
import type { EquityFilters } from './equity-api';

export interface Option {
  readonly value: string;
  readonly label: string;
}

/** Metric, period and school pickers (native selects: light, and the phone's own picker on small screens). */
@Component({
  selector: 'tl-equity-filter-bar',
  imports: [MatFormFieldModule, MatInputModule, TPipe],
  template: `
    <form class="filters" (submit)="$event.preventDefault()">
      <mat-form-field appearance="outline" class="metric">
        <mat-label>{{ 'Metric' | t }}</mat-label>
        <select matNativeControl [value]="metricId()" (change)="pick('metricId', $event)">
          @for (option of metrics(); track option.value) {
            <option [value]="option.value" [selected]="option.value === metricId()">{{ option.label }}</option>
          }
        </select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'Period ending' | t }}</mat-label>
        <select matNativeControl [value]="periodEnd()" (change)="pick('periodEnd', $event)" [disabled]="!periods().length">
          @for (option of periods(); track option.value) {
            <option [value]="option.value" [selected]="option.value === periodEnd()">{{ option.label }}</option>
          }
        </select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'School' | t }}</mat-label>
        <select matNativeControl [value]="schoolId()" (change)="pick('schoolId', $event)" [disabled]="!schools().length">
          <option value="" [selected]="!schoolId()">{{ 'District (all schools)' | t }}</option>
          @for (option of schools(); track option.value) {
            <option [value]="option.value" [selected]="option.value === schoolId()">{{ option.label }}</option>
          }
        </select>
        @if (!schools().length) {
          <mat-hint>{{ 'This metric is reported for the district only' | t }}</mat-hint>
        }
      </mat-form-field>
    </form>
  `,
  styles: `
    .filters { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1.2fr); gap: 0 16px; }
    @media (max-width: 959.98px) { .filters { grid-template-columns: 1fr; } }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EquityFilterBar {
  readonly metrics = input.required<readonly Option[]>();
  readonly metricId = input<string>('');
  readonly periods = input.required<readonly Option[]>();
  readonly periodEnd = input<string>('');
  readonly schools = input.required<readonly Option[]>();
  readonly schoolId = input<string>('');
  /** One filter changed: its query parameter and new value ('' = the default). */
  readonly changed = output<{ readonly key: keyof EquityFilters; readonly value: string }>();

  protected pick(key: keyof EquityFilters, event: Event): void {
    this.changed.emit({ key, value: (event.target as HTMLSelectElement).value });
  }
}
