import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { TreePriority } from '@throughline/domain';
import { StatusChip } from '../shared/status-chip';

/** One priority: its results and implementation status, and each goal with its headline metric. */
@Component({
  selector: 'tl-priority-card',
  imports: [StatusChip, DecimalPipe],
  template: `
    <article class="card" [attr.aria-labelledby]="'priority-' + priority().id">
      <header>
        <h2 [id]="'priority-' + priority().id">{{ priority().title }}</h2>
        <div class="chips">
          <tl-status-chip [status]="priority().status.status" prefix="Results: " />
          <tl-status-chip [status]="priority().implementation.status" prefix="Actions: " />
        </div>
        <p class="counts">
          {{ priority().tacticCounts.total }} tactics · {{ priority().tacticCounts.byStatus['on-track'] + priority().tacticCounts.byStatus.complete }} on track or done ·
          {{ priority().tacticCounts.overdue }} overdue · {{ priority().tacticCounts.stale }} stale
        </p>
      </header>
      <ul class="goals">
        @for (goal of goals(); track goal.id) {
          <li>
            <div class="goal-title">{{ goal.title }}</div>
            <div class="goal-status">
              <tl-status-chip [status]="goal.status.status" />
              @if (goal.headline; as m) {
                <span class="metric">
                  {{ m.name }}:
                  @if (m.latest) {
                    <strong>{{ m.latest.value | number: '1.0-' + m.decimals }}{{ m.unit === 'percent' ? '%' : '' }}</strong>
                  } @else {
                    <strong>no data yet</strong>
                  }
                  @if (m.finalTarget !== null) {
                    (target {{ m.finalTarget | number: '1.0-' + m.decimals }}{{ m.unit === 'percent' ? '%' : '' }})
                  }
                </span>
              }
            </div>
          </li>
        }
      </ul>
    </article>
  `,
  styles: `
    .card { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; padding: 16px; background: var(--mat-sys-surface-container-lowest); }
    h2 { font: var(--mat-sys-title-large); margin: 0 0 8px; }
    .chips { display: flex; flex-wrap: wrap; gap: 8px; }
    .counts { margin: 8px 0 0; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-medium); }
    .goals { list-style: none; margin: 12px 0 0; padding: 0; display: grid; gap: 10px; }
    .goals li { border-top: 1px solid var(--mat-sys-outline-variant); padding-top: 10px; }
    .goal-title { font: var(--mat-sys-title-small); margin-bottom: 4px; }
    .goal-status { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; font: var(--mat-sys-body-medium); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PriorityCard {
  readonly priority = input.required<TreePriority>();
  protected readonly goals = computed(() =>
    this.priority().goals.map((g) => ({ ...g, headline: g.metrics.find((m) => m.headline) ?? g.metrics[0] })),
  );
}
