import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/**
 * A run's progress as a bar with its percentage written beside it. A plain element rather than
 * MatProgressBar: the role and values are all a screen reader needs, and it costs no bundle.
 */
@Component({
  selector: 'tl-run-progress',
  template: `
    <div class="wrap">
      <div
        class="bar"
        role="progressbar"
        aria-valuemin="0"
        aria-valuemax="100"
        [attr.aria-valuenow]="value()"
        [attr.aria-valuetext]="text()"
        [attr.aria-label]="label()"
      >
        <div class="fill" [class.done]="value() === 100" [style.width.%]="value()"></div>
      </div>
      <span class="text" aria-hidden="true">{{ text() }}</span>
    </div>
  `,
  styles: `
    .wrap { display: flex; align-items: center; gap: 8px; min-width: 0; }
    .bar { flex: 1; height: 10px; border-radius: 5px; background: var(--mat-sys-surface-container-highest);
           border: 1px solid var(--mat-sys-outline); overflow: hidden; min-width: 80px; }
    .fill { height: 100%; background: var(--mat-sys-primary); transition: width 0.3s ease; }
    .fill.done { background: #1b5e20; }
    .text { font: var(--mat-sys-label-large); min-width: 4ch; text-align: right; font-variant-numeric: tabular-nums; }
    @media (prefers-reduced-motion: reduce) { .fill { transition: none; } }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RunProgress {
  readonly progress = input.required<number>();
  /** What is progressing, e.g. "Progress of the run queued at 5:04 PM". */
  readonly label = input.required<string>();
  readonly locale = input('en-US');
  protected readonly value = computed(() => Math.max(0, Math.min(100, Math.round(this.progress()))));
  protected readonly text = computed(() => new Intl.NumberFormat(this.locale(), { style: 'percent' }).format(this.value() / 100));
}
