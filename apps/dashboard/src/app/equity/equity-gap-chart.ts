import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BarChartModule } from '@swimlane/ngx-charts';
import type { GapBar } from './equity-view';

const BEHIND = '#b3541e';
const AHEAD = '#1565c0';

/**
 * The one place that touches ngx-charts' bar chart: each group's gap as a horizontal bar (right of zero = behind).
 * Loaded with @defer, so the chart code is its own chunk. The chart is an image to assistive technology; the
 * table above it holds the same numbers in words.
 */
@Component({
  selector: 'tl-equity-gap-chart',
  imports: [BarChartModule],
  template: `
    <figure class="chart" [attr.role]="label() ? 'img' : null" [attr.aria-label]="label()" [style.height.px]="height()">
      <ngx-charts-bar-horizontal
        [results]="$any(bars())"
        [customColors]="colors()"
        [xAxis]="true"
        [yAxis]="true"
        [showGridLines]="true"
        [trimYAxisTicks]="true"
        [maxYAxisTickLength]="36"
        [showDataLabel]="true"
        [dataLabelFormatting]="format()"
        [xAxisTickFormatting]="format()"
        [animations]="false"
        [tooltipDisabled]="true"
      />
    </figure>
    <p class="axis">{{ axisLabel() }}</p>
  `,
  styles: `
    :host { display: block; }
    .chart { margin: 0; min-height: 120px; }
    .axis { margin: 0; text-align: center; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EquityGapChart {
  readonly bars = input.required<readonly GapBar[]>();
  /** What the chart shows, for assistive technology (the table has the numbers). */
  readonly label = input.required<string>();
  readonly axisLabel = input.required<string>();
  readonly format = input.required<(value: number) => string>();
  protected readonly height = computed(() => 70 + 30 * this.bars().length);
  protected readonly colors = computed(() => this.bars().map((bar) => ({ name: bar.name, value: bar.value > 0 ? BEHIND : AHEAD })));
}
