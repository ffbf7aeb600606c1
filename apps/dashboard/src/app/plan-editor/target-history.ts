import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { schoolYearLabel } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { EmptyState } from '../shared/empty-state';
import { type HistoryEntry, seriesKey } from './targets-model';

/** Every value a changed target has had, with when it was set, when replaced, and the reason given. */
@Component({
  selector: 'tl-target-history',
  imports: [TPipe, EmptyState],
  template: `
    @if (entries().length) {
      <div class="scroller" tabindex="0" role="region" [attr.aria-label]="'Target history' | t">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{{ 'Series' | t }}</th>
              <th scope="col">{{ 'School year' | t }}</th>
              <th scope="col">{{ 'Target' | t }}</th>
              <th scope="col">{{ 'Set on' | t }}</th>
              <th scope="col">{{ 'Replaced on' | t }}</th>
              <th scope="col">{{ 'Reason given' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (entry of rows(); track $index) {
              <tr [class.old]="entry.supersededAt">
                <td>{{ entry.series }}</td>
                <td>{{ entry.year }}</td>
                <td>{{ entry.value }}</td>
                <td>{{ entry.setOn }}</td>
                <td>{{ entry.replacedOn || ('Current' | t) }}</td>
                <td>{{ entry.reason || '—' }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <tl-empty-state icon="history" [heading]="'No target has been changed' | t">
        {{ 'When a target already set is changed, its old value and the reason appear here.' | t }}
      </tl-empty-state>
    }
  `,
  styles: `
    :host { display: block; }
    .scroller { position: relative; overflow-x: auto; }
    .table { border-collapse: collapse; width: 100%; font: var(--mat-sys-body-medium); }
    .table th, .table td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); vertical-align: top; }
    .table th { font-weight: 500; }
    .old td { color: var(--mat-sys-on-surface-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TargetHistory {
  readonly entries = input.required<readonly HistoryEntry[]>();
  /** The shown name of each series, by series key. */
  readonly labels = input.required<ReadonlyMap<string, string>>();
  readonly locale = input('en-US');
  readonly decimals = input(1);

  protected readonly rows = computed(() => {
    const date = new Intl.DateTimeFormat(this.locale(), { dateStyle: 'medium' });
    const number = new Intl.NumberFormat(this.locale(), { maximumFractionDigits: Math.max(this.decimals(), 2) });
    return this.entries().map((e) => ({
      series: this.labels().get(seriesKey(e.ref)) ?? '',
      year: schoolYearLabel(e.schoolYear),
      value: number.format(e.value),
      setOn: date.format(new Date(e.setAt)),
      replacedOn: e.supersededAt ? date.format(new Date(e.supersededAt)) : '',
      reason: e.reason,
      supersededAt: e.supersededAt,
    }));
  });
}
