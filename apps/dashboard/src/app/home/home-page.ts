import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { PlansApi } from '../overview/plans-api';
import { PriorityCard } from '../overview/priority-card';
import { EmptyState } from '../shared/empty-state';
import { StatusChip } from '../shared/status-chip';
import { HealthCard } from '../system/health-card';
import { SystemApi, errorMessage, healthView } from '../system/system-api';

@Component({
  selector: 'tl-home-page',
  imports: [HealthCard, EmptyState, PriorityCard, StatusChip],
  template: `
    @if (tree.value(); as t) {
      <h1>{{ t.plan.name }}</h1>
      <p class="as-of">Where the plan stands on {{ t.asOf }} ({{ t.schoolYear }} school year)</p>
      <div class="summary">
        <tl-status-chip [status]="t.status.status" prefix="Results: " />
        <tl-status-chip [status]="t.implementation.status" prefix="Actions: " />
        <span>{{ t.tacticCounts.total }} tactics, {{ t.tacticCounts.overdue }} overdue</span>
      </div>
      @if (t.plan.mission || t.plan.vision) {
        <section class="statements" aria-label="Mission and vision">
          @if (t.plan.mission) { <p><strong>Mission.</strong> {{ t.plan.mission }}</p> }
          @if (t.plan.vision) { <p><strong>Vision.</strong> {{ t.plan.vision }}</p> }
          @if (t.plan.values.length) { <p><strong>Values.</strong> {{ t.plan.values.join(' · ') }}</p> }
        </section>
      }
      <div class="priorities">
        @for (priority of t.priorities; track priority.id) {
          <tl-priority-card [priority]="priority" />
        }
      </div>
    } @else {
      <h1>Overview</h1>
      @if (plans.isLoading() || tree.isLoading()) {
        <p aria-live="polite">Loading the plan…</p>
      } @else if (plans.error() || tree.error()) {
        <p role="alert">{{ loadError() }}</p>
      } @else {
        <tl-empty-state icon="dashboard" heading="No strategic plan yet">
          When the district's plan is entered, its priorities, goals and their status appear here.
        </tl-empty-state>
      }
    }
    <aside class="system" aria-label="System status">
      <tl-health-card [health]="health.health()" [loading]="health.loading()" [error]="health.error()" (refresh)="healthResource.reload()" />
    </aside>
  `,
  styles: `
    h1 { font: var(--mat-sys-headline-medium); margin: 0 0 4px; }
    .as-of { margin: 0 0 12px; color: var(--mat-sys-on-surface-variant); }
    .summary { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-bottom: 16px; }
    .statements { max-width: 80ch; margin-bottom: 16px; }
    .statements p { margin: 0 0 6px; }
    .priorities { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 16px; }
    .system { margin-top: 24px; max-width: 520px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly plansApi = inject(PlansApi);
  protected readonly healthResource = inject(SystemApi).health();
  protected readonly health = healthView(this.healthResource);
  protected readonly plans = this.plansApi.plans();
  private readonly activeId = computed(() => this.plans.value()?.find((p) => p.active)?.id);
  protected readonly tree = this.plansApi.tree(this.activeId);
  protected readonly loadError = computed(() => errorMessage(this.plans.error() ?? this.tree.error()));
}
