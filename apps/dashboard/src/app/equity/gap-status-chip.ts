import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { GapStatus } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { type IconName, Icon } from '../shared/icon';
import './equity-icons';

/** A gap-closing status as icon + words (+ colour, never alone), like tl-status-chip for metric statuses. */
@Component({
  selector: 'tl-gap-status-chip',
  imports: [Icon, TPipe],
  template: `<span class="chip" [attr.data-tone]="look().tone"><tl-icon [name]="look().icon" />
    @switch (status()) {
      @case ('closing') { {{ 'Closing' | t }} }
      @case ('watch') { {{ 'Watch' | t }} }
      @case ('widening') { {{ 'Widening' | t }} }
      @case ('no-gap') { {{ 'No gap' | t }} }
      @default { {{ 'No baseline' | t }} }
    }
  </span>`,
  styles: `
    .chip { display: inline-flex; align-items: center; gap: 4px; padding: 2px 10px 2px 6px; border-radius: 14px;
            font: var(--mat-sys-label-large); white-space: nowrap; }
    .chip tl-icon, .chip :is(svg) { width: 18px; height: 18px; }
    [data-tone='good'] { background: #e6f4ea; color: #0d5224; }
    [data-tone='watch'] { background: #fff4d6; color: #6b4a00; }
    [data-tone='bad'] { background: #fde7e6; color: #8c1d18; }
    [data-tone='none'] { background: #eceff1; color: #37474f; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GapStatusChip {
  readonly status = input.required<GapStatus>();
  protected readonly look = computed(() => LOOK[this.status()]);
}

const LOOK: Record<GapStatus, { icon: IconName; tone: string }> = {
  closing: { icon: 'ok', tone: 'good' },
  watch: { icon: 'warning', tone: 'watch' },
  widening: { icon: 'error', tone: 'bad' },
  'no-gap': { icon: 'done', tone: 'good' },
  'no-baseline': { icon: 'help', tone: 'none' },
};
