import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import './status-icons';
import type { HealthStatus, MetricStatus } from '@throughline/domain';
import { type IconName, Icon } from './icon';

const LOOK: Record<HealthStatus | MetricStatus, { label: string; icon: IconName; tone: string }> = {
  met: { label: 'Met', icon: 'ok', tone: 'good' },
  'on-track': { label: 'On track', icon: 'ok', tone: 'good' },
  watch: { label: 'Watch', icon: 'warning', tone: 'watch' },
  'off-track': { label: 'Off track', icon: 'error', tone: 'bad' },
  'no-data': { label: 'No data yet', icon: 'help', tone: 'none' },
  'awaiting-release': { label: 'Awaiting release', icon: 'schedule', tone: 'none' },
  stale: { label: 'Stale', icon: 'schedule', tone: 'stale' },
};

/** A status as icon + words + colour: never colour alone (WCAG 1.4.1). */
@Component({
  selector: 'tl-status-chip',
  imports: [Icon],
  template: `<span class="chip" [attr.data-tone]="look().tone"><tl-icon [name]="look().icon" />{{ prefix() }}{{ look().label }}</span>`,
  styles: `
    .chip { display: inline-flex; align-items: center; gap: 4px; padding: 2px 10px 2px 6px; border-radius: 14px;
            font: var(--mat-sys-label-large); white-space: nowrap; border: 1px solid transparent; }
    .chip tl-icon { width: 18px; height: 18px; }
    .chip :is(svg) { width: 18px; height: 18px; }
    [data-tone='good'] { background: #e6f4ea; color: #0d5224; }
    [data-tone='watch'] { background: #fff4d6; color: #6b4a00; }
    [data-tone='bad'] { background: #fde7e6; color: #8c1d18; }
    [data-tone='none'] { background: #eceff1; color: #37474f; }
    [data-tone='stale'] { background: #eceff1; color: #37474f; border-style: dashed; border-color: #607d8b; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusChip {
  readonly status = input.required<HealthStatus | MetricStatus>();
  /** Words before the status for context, e.g. "Implementation: ". */
  readonly prefix = input('');
  protected readonly look = computed(() => LOOK[this.status()]);
}
