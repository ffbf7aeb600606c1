import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { MetricSeries } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { toTrendRows, toTrendSeries } from '../results/to-trend-series';
import { TrendTable } from '../results/trend-table';
import { LineChart } from '../shared/line-chart';

/** A metric's district All Students series for presenter mode: actual against expected, the numbers in a table under it. */
@Component({
  selector: 'tl-review-metric-trend',
  imports: [LineChart, TrendTable, TPipe],
  template: `
    @if (chart().series.length) {
      <tl-line-chart
        [series]="chart().series"
        [references]="chart().references"
        [label]="'{metric}: actual values against the expected trajectory and the yearly targets. The table below lists the same numbers.' | t: { metric: name() }"
        [autoScale]="true"
        ticks="month"
        [locale]="locale()"
      />
    }
    @if (rows().length) {
      <tl-trend-table [rows]="rows()" [caption]="caption()" [unit]="unit()" [decimals]="decimals()" [minN]="minN()" [locale]="locale()" />
    } @else {
      <p>{{ 'No values reported yet.' | t }}</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewMetricTrend {
  readonly series = input.required<MetricSeries>();
  readonly name = input.required<string>();
  readonly unit = input('percent');
  readonly decimals = input(1);
  readonly minN = input(10);
  readonly startMonth = input(7);
  readonly locale = input('en-US');
  /** Words already translated. */
  readonly labels = input.required<{ readonly actual: string; readonly expected: string; readonly target: (year: string) => string; readonly caption: string }>();

  protected readonly chart = computed(() => toTrendSeries(this.series(), this.minN(), this.labels(), this.startMonth()));
  protected readonly rows = computed(() => toTrendRows(this.series(), this.minN()).slice(-12));
  protected readonly caption = computed(() => this.labels().caption);
}
