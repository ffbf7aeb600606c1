import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { SparklineShape } from './to-sparkline';

export const SPARK_WIDTH = 120;
export const SPARK_HEIGHT = 36;

/**
 * A goal's headline metric in a glance: actual (solid, with a dot at the latest value) against expected (dashed).
 * An image with the same facts in words as its name; the card prints them beside it too.
 */
@Component({
  selector: 'tl-goal-sparkline',
  template: `
    <svg role="img" [attr.aria-label]="label()" [attr.width]="width" [attr.height]="height" [attr.viewBox]="'0 0 ' + width + ' ' + height" focusable="false" data-testid="sparkline">
      @if (shape().expected) {
        <path class="expected" [attr.d]="shape().expected" />
      }
      <path class="actual" [attr.d]="shape().actual" />
      <circle class="last" [attr.cx]="shape().last.x" [attr.cy]="shape().last.y" r="3" />
    </svg>
  `,
  styles: `
    :host { display: inline-flex; flex: none; }
    svg { overflow: visible; }
    path { fill: none; stroke-width: 2; stroke-linejoin: round; stroke-linecap: round; }
    .actual { stroke: #1f5fa8; }
    .expected { stroke: #a24f00; stroke-dasharray: 4 3; }
    .last { fill: #1f5fa8; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GoalSparkline {
  readonly shape = input.required<SparklineShape>();
  readonly label = input.required<string>();
  protected readonly width = SPARK_WIDTH;
  protected readonly height = SPARK_HEIGHT;
}
