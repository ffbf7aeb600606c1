import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { TacticStatus } from '@throughline/domain';
import '../shared/status-icons';
import { TPipe } from '../core/t.pipe';
import { type IconName, Icon } from '../shared/icon';
import './action-plan-icons';

/** Words, icon and tone of each reported status: the words carry the meaning, the colour only helps. */
export const TACTIC_STATUS_LOOK: Readonly<Record<TacticStatus, { label: string; icon: IconName; tone: string }>> = {
  'not-started': { label: 'Not started', icon: 'not-started', tone: 'none' },
  'on-track': { label: 'On track', icon: 'ok', tone: 'good' },
  'at-risk': { label: 'At risk', icon: 'warning', tone: 'watch' },
  'off-track': { label: 'Off track', icon: 'error', tone: 'bad' },
  complete: { label: 'Complete', icon: 'done-all', tone: 'good' },
  cancelled: { label: 'Cancelled', icon: 'block', tone: 'none' },
};

/** A tactic's self-reported status as icon + words (the shared chip covers computed statuses only). */
@Component({
  selector: 'tl-tactic-status',
  imports: [Icon, TPipe],
  template: `<span class="chip" [attr.data-tone]="look().tone"><tl-icon [name]="look().icon" />{{ look().label | t }}</span>`,
  styles: `
    .chip { display: inline-flex; align-items: center; gap: 4px; padding: 2px 10px 2px 6px; border-radius: 14px;
            font: var(--mat-sys-label-large); white-space: nowrap; }
    .chip tl-icon { zoom: 0.75; }
    [data-tone='good'] { background: #e6f4ea; color: #0d5224; }
    [data-tone='watch'] { background: #fff4d6; color: #6b4a00; }
    [data-tone='bad'] { background: #fde7e6; color: #8c1d18; }
    [data-tone='none'] { background: #eceff1; color: #37474f; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TacticStatusChip {
  readonly status = input.required<TacticStatus>();
  protected readonly look = computed(() => TACTIC_STATUS_LOOK[this.status()]);
}

/** The computed alarms of a tactic: overdue (past due and open) and stale (no check-in on schedule). */
@Component({
  selector: 'tl-tactic-flags',
  imports: [Icon, TPipe],
  template: `
    @if (overdue()) {
      <span class="badge overdue" data-testid="overdue-badge"><tl-icon name="event-busy" />{{ 'Overdue' | t }}</span>
    }
    @if (stale()) {
      <span class="badge stale" data-testid="stale-badge"><tl-icon name="history" />{{ 'Stale' | t }}</span>
    }
  `,
  styles: `
    :host { display: inline-flex; flex-wrap: wrap; gap: 4px; }
    .badge { display: inline-flex; align-items: center; gap: 4px; padding: 1px 8px 1px 4px; border-radius: 6px;
             font: var(--mat-sys-label-medium); white-space: nowrap; border: 1px solid; }
    .badge tl-icon { zoom: 0.67; }
    .overdue { color: #8c1d18; border-color: #8c1d18; background: #fff; }
    .stale { color: #37474f; border-color: #607d8b; border-style: dashed; background: #fff; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TacticFlags {
  readonly overdue = input(false);
  readonly stale = input(false);
}
