import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { IsoDate } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { formatIsoDate } from '../results/format';
import type { AsOfYear } from './as-of-choices';

/**
 * The date the plan's statuses are computed for: today, the end of a past quarter of a school year of the plan
 * (`2025-26 Q2`), or any date. Emits the date, or null for today.
 */
@Component({
  selector: 'tl-as-of-picker',
  imports: [MatFormFieldModule, MatInputModule, TPipe],
  template: `
    <div class="picker">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'Statuses as of' | t }}</mat-label>
        <select matNativeControl (change)="pick($event)" data-testid="as-of-select">
          <option value="" [selected]="!value()">{{ 'Today ({date})' | t: { date: format(today()) } }}</option>
          @if (custom(); as date) {
            <option [value]="date" selected>{{ format(date) }}</option>
          }
          @for (year of years(); track year.schoolYear) {
            <optgroup [label]="'School year {year}' | t: { year: year.schoolYear }">
              @for (choice of year.choices; track choice.date) {
                <option [value]="choice.date" [selected]="choice.date === value()">
                  {{ choice.endOfYear ? ('{quarter}, end of the school year ({date})' | t: { quarter: choice.label, date: format(choice.date) }) : ('{quarter} ({date})' | t: { quarter: choice.label, date: format(choice.date) }) }}
                </option>
              }
            </optgroup>
          }
        </select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="date">
        <mat-label>{{ 'Another date' | t }}</mat-label>
        <input matInput type="date" [value]="value() ?? today()" [min]="min()" [max]="today()" (change)="pickDate($event)" />
      </mat-form-field>
    </div>
  `,
  styles: `
    .picker { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; }
    mat-form-field { width: 300px; max-width: 100%; }
    mat-form-field.date { width: 190px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AsOfPicker {
  readonly years = input.required<readonly AsOfYear[]>();
  /** The chosen date; undefined for today. */
  readonly value = input<IsoDate | undefined>(undefined);
  readonly today = input.required<IsoDate>();
  /** The earliest date worth asking about (the plan's start). */
  readonly min = input<IsoDate | undefined>(undefined);
  readonly locale = input('en-US');
  readonly changed = output<IsoDate | null>();

  /** A date from the address or the date field that is not one of the quick picks gets an option of its own. */
  protected readonly custom = computed(() => {
    const value = this.value();
    if (!value) return undefined;
    return this.years().some((year) => year.choices.some((choice) => choice.date === value)) ? undefined : value;
  });

  protected format(date: IsoDate): string {
    return formatIsoDate(date, this.locale());
  }

  protected pick(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.changed.emit(value || null);
  }

  protected pickDate(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    // An emptied field means "no particular date": back to today.
    if (!value) this.changed.emit(null);
    else this.changed.emit(value >= this.today() ? null : value);
  }
}
