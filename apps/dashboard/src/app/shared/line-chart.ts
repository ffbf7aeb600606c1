import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, input } from '@angular/core';
import { LineChartModule } from '@swimlane/ngx-charts';

export interface ChartPoint {
  readonly name: string | Date;
  readonly value: number;
}

export interface ChartSeries {
  readonly name: string;
  readonly series: readonly ChartPoint[];
  /** Drawn dashed (an expected or planned line), so the lines differ by more than colour. */
  readonly dashed?: boolean;
}

/** A horizontal marker across the chart, e.g. a yearly target: `{ name: '2026-27 target', value: 52.8 }`. */
export interface ChartReference {
  readonly name: string;
  readonly value: number;
}

export type TickStyle = 'date-time' | 'month';

// Solid lines take these in turn; dashed ones take DASHED (the CSS below draws that colour dashed).
const SOLID = ['#1f5fa8', '#2e7d32', '#6a1b9a'];
const DASHED = '#a24f00';

/**
 * The one place that touches ngx-charts' line chart. The chart is an image to assistive technology; every page
 * that uses it shows the same numbers in a table. Its legend is ours: a line sample (solid or dashed) and the
 * name, so the series can be told apart without colour. The img role is bound together with its name: a deferred
 * chart exists for an instant before its bindings apply, and an img without a name fails WCAG 1.1.1 then.
 */
@Component({
  selector: 'tl-line-chart',
  imports: [LineChartModule],
  template: `
    <figure class="tl-chart" [attr.role]="label() ? 'img' : null" [attr.aria-label]="label()">
      <div class="plot">
        <ngx-charts-line-chart
          [results]="$any(series())"
          [customColors]="colors()"
          [xAxis]="true"
          [yAxis]="true"
          [showXAxisLabel]="!!xLabel()"
          [showYAxisLabel]="!!yLabel()"
          [xAxisLabel]="xLabel()"
          [yAxisLabel]="yLabel()"
          [autoScale]="autoScale()"
          [yScaleMin]="$any(yScaleMin())"
          [yScaleMax]="$any(yScaleMax())"
          [animations]="false"
          [timeline]="false"
          [legend]="false"
          [referenceLines]="$any(references())"
          [showRefLines]="references().length > 0"
          [showRefLabels]="true"
          [xAxisTickFormatting]="formatTick"
          [yAxisTickFormatting]="formatValue()"
        />
      </div>
      @if (series().length > 1) {
        <figcaption class="legend" aria-hidden="true">
          @for (s of series(); track s.name; let i = $index) {
            <span class="key">
              <svg width="28" height="10" viewBox="0 0 28 10" focusable="false">
                <line x1="0" y1="5" x2="28" y2="5" [attr.stroke]="colorOf(s, i)" stroke-width="2.5" [attr.stroke-dasharray]="s.dashed ? '6 4' : null" />
              </svg>
              {{ s.name }}
            </span>
          }
        </figcaption>
      }
    </figure>
  `,
  styles: `
    tl-line-chart { display: block; }
    .tl-chart { margin: 0; }
    .tl-chart .plot { height: 280px; }
    .tl-chart path.line[stroke='${DASHED}'] { stroke-dasharray: 6 4; }
    .tl-chart path.line { stroke-width: 2.5px; }
    .tl-chart .ngx-charts .refline-label { font-size: 12px; fill: #37474f; }
    /* ngx-charts shades the span between the lowest and highest reference line; targets are markers, not a range. */
    .tl-chart .ngx-charts .reference-area { display: none; }
    .tl-chart .legend { display: flex; flex-wrap: wrap; gap: 4px 16px; font: var(--mat-sys-body-medium); margin-top: 4px; }
    .tl-chart .key { display: inline-flex; align-items: center; gap: 6px; }
  `,
  // The dashed style must reach inside ngx-charts' own elements.
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LineChart {
  readonly series = input.required<readonly ChartSeries[]>();
  readonly label = input.required<string>();
  readonly xLabel = input('');
  readonly yLabel = input('');
  /** Markers across the chart (yearly targets), labelled at the right end. */
  readonly references = input<readonly ChartReference[]>([]);
  /** Fit the y axis to the data instead of starting at zero. */
  readonly autoScale = input(false);
  /** A fixed y range (e.g. status levels 1–3), whatever the data covers. */
  readonly yScaleMin = input<number | undefined>(undefined);
  readonly yScaleMax = input<number | undefined>(undefined);
  /** Date ticks: `date-time` (runs of a job) or `month` (periods of a metric). */
  readonly ticks = input<TickStyle>('date-time');
  /** For dates and numbers on the axes: the reader's language (I18n.locale()). */
  readonly locale = input<string | undefined>(undefined);
  /** Formats the y axis' values, e.g. with the metric's unit. */
  readonly valueFormat = input<((value: number) => string) | undefined>(undefined);

  protected readonly colors = computed(() => {
    let solid = 0;
    return this.series().map((s) => ({ name: s.name, value: s.dashed ? DASHED : SOLID[solid++ % SOLID.length] }));
  });
  protected readonly formatValue = computed(() => {
    const format = this.valueFormat();
    const numbers = new Intl.NumberFormat(this.locale());
    return (value: unknown) => (typeof value === 'number' ? (format ? format(value) : numbers.format(value)) : String(value));
  });

  protected colorOf(series: ChartSeries, index: number): string {
    return this.colors()[index]?.value ?? (series.dashed ? DASHED : SOLID[0]);
  }

  /** Dates as short local date-times or month and year (periods are calendar dates, shown in UTC); other labels as they are. */
  protected readonly formatTick = (value: unknown): string => {
    if (!(value instanceof Date)) return String(value);
    return this.ticks() === 'month'
      ? value.toLocaleDateString(this.locale(), { month: 'short', year: 'numeric', timeZone: 'UTC' })
      : value.toLocaleString(this.locale(), { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  };
}
