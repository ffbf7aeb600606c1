import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { LineChartModule } from '@swimlane/ngx-charts';

export interface ChartPoint {
  readonly name: string | Date;
  readonly value: number;
}

export interface ChartSeries {
  readonly name: string;
  readonly series: readonly ChartPoint[];
}

/**
 * The one place that touches ngx-charts' line chart. The chart is an image to assistive technology; every page
 * that uses it shows the same numbers in a table.
 */
@Component({
  selector: 'tl-line-chart',
  imports: [LineChartModule],
  template: `
    <figure class="chart" role="img" [attr.aria-label]="label()">
      <ngx-charts-line-chart
        [results]="$any(series())"
        [xAxis]="true"
        [yAxis]="true"
        [showXAxisLabel]="!!xLabel()"
        [showYAxisLabel]="!!yLabel()"
        [xAxisLabel]="xLabel()"
        [yAxisLabel]="yLabel()"
        [autoScale]="false"
        [animations]="false"
        [timeline]="false"
        [legend]="series().length > 1"
        [xAxisTickFormatting]="formatTick"
      />
    </figure>
  `,
  styles: `
    :host { display: block; }
    .chart { margin: 0; height: 280px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LineChart {
  readonly series = input.required<readonly ChartSeries[]>();
  readonly label = input.required<string>();
  readonly xLabel = input('');
  readonly yLabel = input('');

  /** Dates as short local date-times; other labels as they are. */
  protected readonly formatTick = (value: unknown): string =>
    value instanceof Date ? value.toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }) : String(value);
}
