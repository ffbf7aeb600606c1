import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ScorecardMetric } from '@throughline/domain';
import { type ChartSeries, LineChart } from '../shared/line-chart';
import { formatFigure } from './scorecard-format';

/** A metric's All Students history as a small line chart (lazy chunk: ngx-charts), the year's target as a marker. */
@Component({
  selector: 'tl-scorecard-chart',
  imports: [LineChart],
  template: `<tl-line-chart class="small" [series]="series()" [label]="label()" ticks="month"
    [locale]="locale()" [autoScale]="true" [valueFormat]="format()" />`,
  styles: `:host { display: block; max-width: 560px; } :host ::ng-deep .tl-chart .plot { height: 180px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScorecardChart {
  readonly metric = input.required<ScorecardMetric>();
  readonly label = input.required<string>();
  readonly seriesName = input.required<string>();
  readonly targetName = input.required<string>();
  readonly locale = input('en-US');

  // The year's target as a dashed line over the same dates (not a reference line: the scale must include it).
  protected readonly series = computed<ChartSeries[]>(() => {
    const points = this.metric().history.map((p) => ({ date: new Date(`${p.periodEnd}T00:00:00Z`), value: p.value }));
    const target = this.metric().series.find((s) => s.allStudents)?.target;
    const actual: ChartSeries = { name: this.seriesName(), series: points.map((p) => ({ name: p.date, value: p.value })) };
    if (target === null || target === undefined) return [actual];
    return [actual, { name: this.targetName(), dashed: true, series: points.map((p) => ({ name: p.date, value: target })) }];
  });
  protected readonly format = computed(() => {
    const { unit, decimals } = this.metric();
    const locale = this.locale();
    return (value: number) => formatFigure(value, unit, decimals, locale);
  });
}
