import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { StatusHistory } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { EmptyState } from '../shared/empty-state';
import { LineChart } from '../shared/line-chart';
import { ReviewStatusChip } from './review-status-chip';
import { LEVEL_LABEL, toStatusHistorySeries, toStatusRows } from './review-view';

/**
 * A goal's or priority's status over time, from the snapshots (closed reviews and month ends): a line of levels
 * and, under it, the same snapshots as a table (the chart is an image to assistive technology).
 */
@Component({
  selector: 'tl-status-history-chart',
  imports: [LineChart, ReviewStatusChip, EmptyState, TPipe],
  template: `
    @if (chartable()) {
      <tl-line-chart
        [series]="series()"
        [label]="'Status over time of {title}. The table below lists the same snapshots.' | t: { title: history().title }"
        ticks="month"
        [locale]="locale()"
        [valueFormat]="levelFormat()"
        [yScaleMin]="0.5"
        [yScaleMax]="3.5"
      />
    } @else {
      <p class="note">{{ 'The chart appears once two snapshots (closed reviews or month ends) have a status for it.' | t }}</p>
    }
    @if (rows().length) {
      <div class="scroll" tabindex="0" role="region" [attr.aria-label]="caption()">
        <table>
          <caption>{{ caption() }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'As of' | t }}</th>
              <th scope="col">{{ 'Snapshot' | t }}</th>
              <th scope="col">{{ 'Status' | t }}</th>
              <th scope="col" class="num">{{ 'Score' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.asOf + row.kind) {
              <tr>
                <th scope="row">{{ formatDate(row.asOf) }}</th>
                <td>{{ (row.kind === 'review' ? 'Review' : 'Month end') | t }}</td>
                <td><tl-review-status [status]="row.status" /></td>
                <td class="num">{{ row.score === null ? '—' : row.score + ' %' }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <tl-empty-state icon="trending" [heading]="'No snapshots yet' | t">
        {{ 'Closing a review, and each month end, freezes a snapshot of every status; they build this history.' | t }}
      </tl-empty-state>
    }
  `,
  styles: `
    :host { display: block; }
    .note { color: var(--mat-sys-on-surface-variant); margin: 0 0 8px; }
    .scroll { overflow-x: auto; }
    table { border-collapse: collapse; min-width: 100%; }
    caption { text-align: start; font: var(--mat-sys-title-small); padding: 8px 0; }
    th, td { text-align: start; padding: 6px 12px 6px 0; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .num { text-align: end; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusHistoryChart {
  readonly history = input.required<StatusHistory>();
  readonly locale = input('en-US');
  /** Words already translated: the series' name, the table's caption and the three levels. */
  readonly labels = input.required<{ readonly series: string; readonly caption: string; readonly levels: Readonly<Record<number, string>> }>();

  protected readonly series = computed(() => toStatusHistorySeries(this.history(), this.labels().series));
  protected readonly rows = computed(() => toStatusRows(this.history()));
  /** A line needs two points. */
  protected readonly chartable = computed(() => (this.series()[0]?.series.length ?? 0) > 1);
  protected readonly caption = computed(() => this.labels().caption);
  protected readonly levelFormat = computed(() => {
    const levels = this.labels().levels;
    return (value: number) => (Number.isInteger(value) ? (levels[value] ?? '') : '');
  });

  protected formatDate(date: string): string {
    return new Date(`${date}T00:00:00Z`).toLocaleDateString(this.locale(), { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  }
}

export { LEVEL_LABEL };
