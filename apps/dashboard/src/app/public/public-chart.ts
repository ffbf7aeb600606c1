import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TPipe } from '../core/t.pipe';
import type { PublicPoint } from '@throughline/domain';

/**
 * A small bar chart of one series by school year: a bar per year, a dark tick for that year's target, a hatched
 * stub where the figure is withheld. It is an image to assistive technology: the table under it has the numbers.
 */
let charts = 0;

@Component({
  selector: 'tl-public-chart',
  imports: [TPipe],
  template: `
    <svg [attr.viewBox]="'0 0 ' + width + ' ' + height" role="img" [attr.aria-label]="label()" preserveAspectRatio="xMidYMid meet">
      <defs>
        <pattern [attr.id]="hatchId" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#eceff1" /><line x1="0" y1="0" x2="0" y2="6" stroke="#607d8b" stroke-width="2" />
        </pattern>
      </defs>
      <line x1="0" [attr.y1]="base" [attr.x2]="width" [attr.y2]="base" stroke="#607d8b" />
      @for (bar of bars(); track bar.label) {
        <rect [attr.x]="bar.x" [attr.y]="bar.y" [attr.width]="bar.w" [attr.height]="bar.h" [attr.fill]="bar.withheld ? 'url(#' + hatchId + ')' : '#1f5fa8'" />
        @if (bar.targetY !== null) {
          <line [attr.x1]="bar.x - 4" [attr.x2]="bar.x + bar.w + 4" [attr.y1]="bar.targetY" [attr.y2]="bar.targetY" stroke="#a24f00" stroke-width="3" stroke-dasharray="4 2" />
        }
        <text [attr.x]="bar.x + bar.w / 2" [attr.y]="height - 4" text-anchor="middle" font-size="11" fill="#37474f">{{ bar.label }}</text>
      }
    </svg>
    <p class="legend" aria-hidden="true">
      <span><span class="key bar"></span>{{ 'Result' | t }}</span>
      @if (targeted()) {
        <span><span class="key target"></span>{{ 'Target' | t }}</span>
      }
      @if (withheld()) {
        <span><span class="key hatch"></span>{{ 'Not shown' | t }}</span>
      }
    </p>
  `,
  styles: `
    :host { display: block; max-width: 420px; }
    svg { width: 100%; height: auto; }
    .legend { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 2px 0 0; font-size: 0.85rem; color: #37474f; }
    .key { display: inline-block; width: 14px; height: 10px; margin-right: 4px; vertical-align: middle; }
    .bar { background: #1f5fa8; }
    .target { height: 0; border-top: 3px dashed #a24f00; }
    .hatch { background: repeating-linear-gradient(45deg, #eceff1 0 3px, #607d8b 3px 5px); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicChart {
  readonly points = input.required<readonly PublicPoint[]>();
  readonly max = input.required<number>();
  readonly label = input.required<string>();
  // Unique per chart: several charts share one page.
  protected readonly hatchId = `tl-hatch-${++charts}`;
  protected readonly width = 320;
  protected readonly height = 140;
  protected readonly base = 120;

  protected readonly targeted = computed(() => this.points().some((p) => p.target !== null));
  protected readonly withheld = computed(() => this.points().some((p) => p.value === null));
  protected readonly bars = computed(() => {
    const points = this.points();
    const slot = this.width / Math.max(points.length, 1);
    const w = Math.min(44, slot * 0.6);
    const scale = (v: number) => (v / (this.max() || 1)) * (this.base - 8);
    return points.map((p, i) => {
      const h = p.value === null ? 18 : Math.max(1, scale(p.value));
      return {
        label: p.schoolYear,
        x: i * slot + (slot - w) / 2,
        y: this.base - h,
        w,
        h,
        withheld: p.value === null,
        targetY: p.target === null ? null : this.base - scale(p.target),
      };
    });
  });
}
