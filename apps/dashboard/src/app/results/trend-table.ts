import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TPipe } from '../core/t.pipe';
import { formatMetricValue, formatPeriod } from './format';
import type { TrendRow } from './to-trend-series';

/**
 * The numbers behind the chart, newest first: period, actual, expected, students counted. A value the source
 * suppressed, or counted over fewer students than the district shows publicly, is words, never a number.
 */
@Component({
  selector: 'tl-trend-table',
  imports: [TPipe],
  template: `
    <div class="scroll" tabindex="0" role="region" [attr.aria-label]="caption()">
      <table data-testid="trend-table">
        <caption>{{ caption() }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'Period ending' | t }}</th>
            <th scope="col" class="num">{{ 'Actual' | t }}</th>
            <th scope="col" class="num">{{ 'Expected' | t }}</th>
            <th scope="col" class="num">{{ 'Students (n)' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of view(); track row.periodEnd) {
            <tr [attr.data-period]="row.periodEnd">
              <th scope="row">{{ row.period }}</th>
              <td class="num" data-testid="actual">
                @switch (row.hidden) {
                  @case ('suppressed') { <span class="hidden-value">{{ 'Suppressed' | t }}</span> }
                  @case ('small-n') { <span class="hidden-value">{{ 'Fewer than {n} students' | t: { n: minN() } }}</span> }
                  @default { {{ row.actual }} }
                }
              </td>
              <td class="num" data-testid="expected">{{ row.expected }}</td>
              <td class="num">{{ row.n }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .scroll { max-height: 480px; overflow: auto; border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; }
    table { width: 100%; border-collapse: collapse; font: var(--mat-sys-body-medium); }
    caption { text-align: left; font: var(--mat-sys-title-small); padding: 8px; }
    th, td { padding: 6px 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); text-align: left; }
    thead th { position: sticky; top: 0; background: var(--mat-sys-surface-container); font: var(--mat-sys-label-large); }
    tbody th { font-weight: 400; white-space: nowrap; }
    .num { text-align: right; font-variant-numeric: tabular-nums; }
    .hidden-value { font-style: italic; color: var(--mat-sys-on-surface-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrendTable {
  readonly rows = input.required<readonly TrendRow[]>();
  readonly caption = input.required<string>();
  readonly unit = input.required<string>();
  readonly decimals = input.required<number>();
  readonly minN = input.required<number>();
  readonly locale = input('en-US');

  protected readonly view = computed(() => {
    const locale = this.locale();
    const format = (value: number | null) => (value === null ? '—' : formatMetricValue(value, this.unit(), this.decimals(), locale));
    const count = new Intl.NumberFormat(locale);
    return [...this.rows()].reverse().map((row) => ({
      periodEnd: row.periodEnd,
      period: formatPeriod(row.periodEnd, locale),
      hidden: row.hidden,
      actual: format(row.actual),
      expected: format(row.expected),
      // The exact count of a small group can identify students too: only that it is under the minimum.
      n: row.hidden === 'small-n' ? `< ${count.format(this.minN())}` : row.n === null ? '—' : count.format(row.n),
    }));
  });
}
