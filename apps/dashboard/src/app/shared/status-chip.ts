import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import './status-icons';
import type { HealthStatus, MetricStatus } from '@throughline/domain';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { type IconName, Icon } from './icon';
import { STATUS_CHIP_ES } from './status-chip.es';

/** English words, translated by the `t` pipe in the template (Spanish in status-chip.es.ts). */
const LOOK: Record<HealthStatus | MetricStatus, { label: string; icon: IconName; tone: string }> = {
  met: { label: 'Met', icon: 'ok', tone: 'good' },
  'on-track': { label: 'On track', icon: 'ok', tone: 'good' },
  watch: { label: 'Watch', icon: 'warning', tone: 'watch' },
  'off-track': { label: 'Off track', icon: 'error', tone: 'bad' },
  'no-data': { label: 'No data yet', icon: 'help', tone: 'none' },
  'awaiting-release': { label: 'Awaiting release', icon: 'schedule', tone: 'none' },
  stale: { label: 'Stale', icon: 'schedule', tone: 'stale' },
};

const registered = new WeakSet<I18n>();

/** A status as icon + words + colour: never colour alone (WCAG 1.4.1). */
@Component({
  selector: 'tl-status-chip',
  imports: [Icon, TPipe],
  template: `<span class="chip" [attr.data-tone]="look().tone" [attr.data-status]="status()"><tl-icon [name]="look().icon" />{{ prefix() }}{{ look().label | t }}</span>`,
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
  /** Words before the status for context, already in the reader's language, e.g. `'Results: ' | t`. */
  readonly prefix = input('');
  protected readonly look = computed(() => LOOK[this.status()]);

  constructor() {
    // An exception to "only pages inject services": the chip is used by every feature's pages, and its words must
    // be Spanish on all of them without each page remembering to register them.
    const i18n = inject(I18n);
    if (!registered.has(i18n)) {
      registered.add(i18n);
      i18n.register(STATUS_CHIP_ES);
    }
  }
}
