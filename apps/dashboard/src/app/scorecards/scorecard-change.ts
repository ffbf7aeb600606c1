import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { StatusTrend } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import './scorecard-icons';

const LOOK: Record<StatusTrend, { icon: string; word: string }> = {
  improved: { icon: 'arrow-up', word: 'Status improved' },
  declined: { icon: 'arrow-down', word: 'Status declined' },
  unchanged: { icon: 'arrow-flat', word: 'Status unchanged' },
  'not-comparable': { icon: '', word: 'No earlier status' },
};

/**
 * A change since last quarter: the value's signed difference, then the status' move as an arrow with words (the
 * value can rise while the status falls behind a steeper trajectory, so the two are kept apart).
 */
@Component({
  selector: 'tl-scorecard-change',
  imports: [Icon, TPipe],
  template: `
    <span class="change" [attr.data-trend]="trend()">
      @if (delta()) { <span class="delta">{{ delta() }}</span><span class="sep" aria-hidden="true">·</span> }
      @if (look().icon) { <tl-icon [name]="look().icon" /> }
      <span class="word">{{ look().word | t }}</span>
    </span>
  `,
  styles: `
    .change { display: inline-flex; align-items: center; gap: 4px; white-space: nowrap; }
    .change tl-icon, .change svg { width: 18px; height: 18px; }
    [data-trend='improved'] { color: #0d5224; }
    [data-trend='declined'] { color: #8c1d18; }
    [data-trend='unchanged'], [data-trend='not-comparable'] { color: #37474f; }
    .delta { font-variant-numeric: tabular-nums; color: var(--mat-sys-on-surface); }
    .sep { color: var(--mat-sys-on-surface-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScorecardChange {
  readonly trend = input.required<StatusTrend>();
  readonly delta = input('');
  protected readonly look = computed(() => LOOK[this.trend()]);
}
