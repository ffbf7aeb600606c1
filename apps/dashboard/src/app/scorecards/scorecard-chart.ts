import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ScorecardMetric } from '@throughline/domain';
import { type ChartReference, type ChartSeries, LineChart } from '../shared/line-chart';
import { formatFigure } from './scorecard-format';

/** A metric's All Students history as a small line chart (lazy chunk: ngx-charts), the year's target as a marker. */
@Component({
  selector: 'tl-scorecard-chart',
  imports: [LineChart],
  template: `<tl-line-chart class="small" [series]="series()" [references]="references()" [label]="label()" ticks="month"
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

  protected readonly series = computed<ChartSeries[]>(() => [
    {
      name: this.seriesName(),
      series: this.metric().history.map((p) => ({ name: new Date(`${p.periodEnd}T00:00:00Z`), value: p.value })),
    },
  ]);
  protected readonly references = computed<ChartReference[]>(() => {
    const target = this.metric().series.find((s) => s.allStudents)?.target;
    return target === null || target === undefined ? [] : [{ name: this.targetName(), value: target }];
  });
  protected readonly format = computed(() => {
    const { unit, decimals } = this.metric();
    const locale = this.locale();
    return (value: number) => formatFigure(value, unit, decimals, locale);
  });
}
