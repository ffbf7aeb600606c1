import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { School, StudentGroup } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';

/** Which series of a metric to show: a student group (All Students by default) and a school (the district by default). */
@Component({
  selector: 'tl-series-filters',
  imports: [MatFormFieldModule, MatInputModule, TPipe],
  template: `
    <div class="filters">
      @if (showGroups()) {
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'Student group' | t }}</mat-label>
          <select matNativeControl (change)="groupChange.emit(value($event))" data-testid="group-select">
            <!-- Written here rather than taken from the list: the field's label floats only over an option present from the start. -->
            <option value="" [selected]="!groupId()">{{ 'All Students' | t }}</option>
            @for (group of groups(); track group.id) {
              @if (group.kind !== 'all') {
                <option [value]="group.id" [selected]="group.id === groupId()">{{ lang() === 'es' ? group.nameEs : group.nameEn }}</option>
              }
            }
          </select>
        </mat-form-field>
      }
      @if (showSchools()) {
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'School' | t }}</mat-label>
          <select matNativeControl (change)="schoolChange.emit(value($event))" data-testid="school-select">
            <option value="" [selected]="!schoolId()">{{ 'The whole district' | t }}</option>
            @for (school of schools(); track school.id) {
              <option [value]="school.id" [selected]="school.id === schoolId()">{{ school.name }}</option>
            }
          </select>
        </mat-form-field>
      }
    </div>
  `,
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: 8px 12px; }
    mat-form-field { width: 320px; max-width: 100%; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SeriesFilters {
  readonly groups = input.required<readonly StudentGroup[]>();
  readonly schools = input.required<readonly School[]>();
  readonly groupId = input<string | undefined>(undefined);
  readonly schoolId = input<string | undefined>(undefined);
  readonly showGroups = input(true);
  readonly showSchools = input(true);
  /** Group names come in English and Spanish. */
  readonly lang = input<'en' | 'es'>('en');
  /** The chosen id, or null for All Students / the whole district. */
  readonly groupChange = output<string | null>();
  readonly schoolChange = output<string | null>();

  protected value(event: Event): string | null {
    return (event.target as HTMLSelectElement).value || null;
  }
}
