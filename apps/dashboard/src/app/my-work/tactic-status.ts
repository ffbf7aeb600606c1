import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { TacticStatus } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { type IconName, Icon } from '../shared/icon';
import './work-icons';

/** How each self-reported tactic status reads: words and an icon first, colour only as a third cue. */
export const TACTIC_LOOK: Readonly<Record<TacticStatus, { readonly label: string; readonly icon: IconName; readonly tone: string }>> = {
  'not-started': { label: 'Not started', icon: 'not-started', tone: 'none' },
  'on-track': { label: 'On track', icon: 'ok', tone: 'good' },
  'at-risk': { label: 'At risk', icon: 'warning', tone: 'watch' },
  'off-track': { label: 'Off track', icon: 'error', tone: 'bad' },
  complete: { label: 'Complete', icon: 'task-alt', tone: 'good' },
  cancelled: { label: 'Cancelled', icon: 'block', tone: 'none' },
};

/** A badge: a tactic's status, or a flag such as "Overdue", as icon + words (never colour alone). */
@Component({
  selector: 'tl-work-badge',
  imports: [Icon, TPipe],
  template: `<span class="chip" [attr.data-tone]="look().tone"><tl-icon [name]="look().icon" />{{ look().label | t }}{{ detail() }}</span>`,
  styles: `
    .chip { display: inline-flex; align-items: center; gap: 4px; padding: 2px 10px 2px 6px; border-radius: 14px;
            font: var(--mat-sys-label-large); border: 1px solid transparent; }
    .chip tl-icon { width: 18px; height: 18px; }
    [data-tone='good'] { background: #e6f4ea; color: #0d5224; }
    [data-tone='watch'] { background: #fff4d6; color: #6b4a00; }
    [data-tone='bad'] { background: #fde7e6; color: #8c1d18; }
    [data-tone='none'] { background: #eceff1; color: #37474f; }
    [data-tone='stale'] { background: #eceff1; color: #37474f; border-style: dashed; border-color: #607d8b; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkBadge {
  /** A tactic status, or 'overdue' / 'stale'. */
  readonly kind = input.required<TacticStatus | 'overdue' | 'stale'>();
  /** Words after the label, already translated (e.g. " · 12 days"). */
  readonly detail = input('');
  protected readonly look = computed(() => {
    const kind = this.kind();
    if (kind === 'overdue') return { label: 'Overdue', icon: 'event-busy', tone: 'bad' };
    if (kind === 'stale') return { label: 'Stale', icon: 'schedule', tone: 'stale' };
    return TACTIC_LOOK[kind];
  });
}
