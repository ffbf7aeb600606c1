import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import type { RunState } from './data-api';
import { STATE_LOOK } from './data-words';

/**
 * A run's state as icon + words + colour, looking like tl-status-chip (whose statuses are the plan's, not a
 * run's): never colour alone (WCAG 1.4.1).
 */
@Component({
  selector: 'tl-run-state-chip',
  imports: [Icon, TPipe],
  template: `<span class="chip" [attr.data-tone]="look().tone"><tl-icon [name]="look().icon" />{{ look().label | t }}</span>`,
  styles: `
    .chip { display: inline-flex; align-items: center; gap: 4px; padding: 2px 10px 2px 6px; border-radius: 14px;
            font: var(--mat-sys-label-large); white-space: nowrap; border: 1px solid transparent; }
    .chip tl-icon, .chip svg { width: 18px; height: 18px; }
    [data-tone='good'] { background: #e6f4ea; color: #0d5224; }
    [data-tone='watch'] { background: #fff4d6; color: #6b4a00; }
    [data-tone='bad'] { background: #fde7e6; color: #8c1d18; }
    [data-tone='busy'] { background: #e3f0fd; color: #0b3d75; }
    [data-tone='none'] { background: #eceff1; color: #37474f; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RunStateChip {
  readonly state = input.required<RunState | 'never'>();
  protected readonly look = computed(() => STATE_LOOK[this.state()]);
}
