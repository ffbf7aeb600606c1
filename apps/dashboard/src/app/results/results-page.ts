import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { EmptyState } from '../shared/empty-state';
import { StatusChip } from '../shared/status-chip';
import { errorMessage } from '../system/system-api';
import { MetricList } from './metric-list';
import { ResultsApi } from './results-api';
import { RESULTS_ES } from './results.es';

/** Multi-year results: every goal's metrics (by priority) and the guardrails' measures, each linking to its trend. */
@Component({
  selector: 'tl-results-page',
  imports: [MetricList, StatusChip, EmptyState, TPipe],
  template: `
    <h1>{{ 'Results' | t }}</h1>
    @if (tree.value(); as t) {
      <p class="lead">
        {{ 'Each metric of {plan} against the value expected on the date of its latest data, and its targets. Choose a metric to see its trend by school and student group.' | t: { plan: t.plan.name } }}
      </p>
      @for (priority of t.priorities; track priority.id) {
        <section class="priority" [attr.aria-labelledby]="'p-' + priority.id">
          <h2 [id]="'p-' + priority.id">{{ priority.title }}</h2>
          @for (goal of priority.goals; track goal.id) {
            <div class="goal">
              <div class="goal-head">
                <h3>{{ goal.title }}</h3>
                <tl-status-chip [status]="goal.status.status" />
              </div>
              @if (goal.metrics.length) {
                <tl-metric-list [metrics]="goal.metrics" [caption]="'Metrics of the goal: {goal}' | t: { goal: goal.title }" [schoolYear]="t.schoolYear" [locale]="i18n.locale()" />
              } @else {
                <p class="muted">{{ 'This goal has no metric yet. Add one in the plan editor.' | t }}</p>
              }
            </div>
          }
        </section>
      }
      @if (t.guardrails.length) {
        <section class="priority" aria-labelledby="guardrails">
          <h2 id="guardrails">{{ 'Guardrails' | t }}</h2>
          @for (guardrail of t.guardrails; track guardrail.id) {
            <div class="goal">
              <div class="goal-head">
                <h3>{{ guardrail.statement }}</h3>
                <tl-status-chip [status]="guardrail.status.status" />
              </div>
              <tl-metric-list [metrics]="guardrail.metrics" [caption]="'Measures of the guardrail: {guardrail}' | t: { guardrail: guardrail.statement }" [schoolYear]="t.schoolYear" [locale]="i18n.locale()" />
            </div>
          }
        </section>
      }
    } @else if (plans.error() || tree.error()) {
      <p role="alert" class="error">{{ loadError() }}</p>
    } @else if (loading()) {
      <div class="skeleton" aria-busy="true">
        <p class="visually-hidden" aria-live="polite">{{ 'Loading the results…' | t }}</p>
        @for (i of [1, 2, 3]; track i) {
          <div class="bone title"></div>
          <div class="bone block"></div>
        }
      </div>
    } @else {
      <tl-empty-state icon="trending" [heading]="'No strategic plan yet' | t">
        {{ 'When the district’s plan and its metrics are entered in the plan editor (Admin), their results appear here.' | t }}
      </tl-empty-state>
    }
  `,
  styles: `
    h1 { font: var(--mat-sys-headline-medium); margin: 0 0 8px; }
    .lead { margin: 0 0 16px; max-width: 80ch; color: var(--mat-sys-on-surface-variant); }
    .priority { margin-bottom: 28px; }
    h2 { font: var(--mat-sys-title-large); margin: 0 0 8px; }
    .goal { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; padding: 12px 16px; margin-bottom: 12px; background: var(--mat-sys-surface-container-lowest); }
    .goal-head { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: flex-start; justify-content: space-between; }
    h3 { font: var(--mat-sys-title-small); margin: 0; flex: 1 1 300px; }
    .muted { color: var(--mat-sys-on-surface-variant); }
    .error { color: #8c1d18; }
    .bone { background: var(--mat-sys-surface-container-high); border-radius: 8px; margin-bottom: 12px; }
    .bone.title { height: 22px; width: 40%; }
    .bone.block { height: 140px; }
    @media (prefers-reduced-motion: no-preference) { .bone { animation: pulse 1.4s ease-in-out infinite; } }
    @keyframes pulse { 50% { opacity: 0.5; } }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResultsPage {
  private readonly api = inject(ResultsApi);
  protected readonly i18n = inject(I18n);
  protected readonly plans = this.api.plans();
  private readonly activeId = computed(() => this.plans.value()?.find((p) => p.active)?.id);
  protected readonly tree = this.api.tree(this.activeId);
  /** Until the plans have answered, and the active plan's tree: a skeleton (never the empty state by mistake). */
  protected readonly loading = computed(() => !this.plans.hasValue() || (!!this.activeId() && !this.tree.hasValue()));
  protected readonly loadError = computed(() => errorMessage(this.plans.error() ?? this.tree.error(), this.i18n));

  constructor() {
    this.i18n.register(RESULTS_ES);
  }
}
