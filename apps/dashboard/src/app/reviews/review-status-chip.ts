import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TPipe } from '../core/t.pipe';
import { type IconName, Icon } from '../shared/icon';
import './reviews-icons';

// Every status an agenda item can have: goals and priorities (health), metrics, and tactics (as reported).
const LOOK: Readonly<Record<string, { readonly label: string; readonly icon: IconName; readonly tone: string }>> = {
  met: { label: 'Met', icon: 'ok', tone: 'good' },
  'on-track': { label: 'On track', icon: 'ok', tone: 'good' },
  watch: { label: 'Watch', icon: 'warning', tone: 'watch' },
  'at-risk': { label: 'At risk', icon: 'warning', tone: 'watch' },
  'off-track': { label: 'Off track', icon: 'error', tone: 'bad' },
  'no-data': { label: 'No data yet', icon: 'help', tone: 'none' },
  'awaiting-release': { label: 'Awaiting release', icon: 'schedule', tone: 'none' },
  stale: { label: 'Stale', icon: 'schedule', tone: 'stale' },
  'not-started': { label: 'Not started', icon: 'review-pending', tone: 'none' },
  complete: { label: 'Complete', icon: 'ok', tone: 'good' },
  cancelled: { label: 'Cancelled', icon: 'review-cancel', tone: 'none' },
};

/** A status of any agenda item as icon + words (never colour alone). */
@Component({
  selector: 'tl-review-status',
  imports: [Icon, TPipe],
  template: `<span class="chip" [attr.data-tone]="look().tone"><tl-icon [name]="look().icon" />{{ prefix() }}{{ look().label | t }}</span>`,
  styles: `
    .chip { display: inline-flex; align-items: center; gap: 4px; padding: 2px 10px 2px 6px; border-radius: 14px;
            font: var(--mat-sys-label-large); white-space: nowrap; border: 1px solid transparent; }
    .chip tl-icon { width: 18px; height: 18px; }
    [data-tone='good'] { background: #e6f4ea; color: #0d5224; }
    [data-tone='watch'] { background: #fff4d6; color: #6b4a00; }
    [data-tone='bad'] { background: #fde7e6; color: #8c1d18; }
    [data-tone='none'] { background: #eceff1; color: #37474f; }
    [data-tone='stale'] { background: #eceff1; color: #37474f; border-style: dashed; border-color: #607d8b; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewStatusChip {
  readonly status = input.required<string>();
  /** Words before the status, already translated (e.g. "Was: "). */
  readonly prefix = input('');
  protected readonly look = computed(() => LOOK[this.status()] ?? { label: this.status(), icon: 'help', tone: 'none' });
}

/** Why the item is on the agenda, as a chip with words. */
@Component({
  selector: 'tl-reason-chip',
  imports: [TPipe],
  template: `<span class="reason" [attr.data-reason]="reason()">{{ label() | t }}</span>`,
  styles: `
    .reason { display: inline-block; padding: 2px 10px; border-radius: 6px; border: 1px solid var(--mat-sys-outline);
              font: var(--mat-sys-label-large); color: var(--mat-sys-on-surface); background: var(--mat-sys-surface); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReasonChip {
  readonly reason = input.required<string>();
  readonly label = input.required<string>();
}
