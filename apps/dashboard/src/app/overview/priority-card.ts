import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { TacticStatus, TreeMetric, TreePriority } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { formatMetricValue, formatPeriod } from '../results/format';
import { StatusChip } from '../shared/status-chip';
import { GoalSparkline } from './goal-sparkline';
import type { GoalSparkline as Sparkline } from './plans-api';
import { SPARK_HEIGHT, SPARK_WIDTH } from './goal-sparkline';
import { type SparklineShape, toSparkline } from './to-sparkline';

/** Tactic statuses in the order a cabinet reads them; counts of zero are left out. */
const TACTIC_WORDS: readonly [TacticStatus, string][] = [
  ['on-track', 'On track'],
  ['at-risk', 'At risk'],
  ['off-track', 'Off track'],
  ['complete', 'Complete'],
  ['not-started', 'Not started'],
  ['cancelled', 'Cancelled'],
];

interface GoalView {
  readonly id: string;
  readonly title: string;
  readonly status: TreePriority['goals'][number]['status']['status'];
  readonly metric: TreeMetric | undefined;
  readonly latest: string;
  readonly period: string;
  readonly expected: string;
  readonly target: string;
  readonly shape: SparklineShape | undefined;
}

/** One priority: its results and implementation status, its tactics by status, and each goal with its headline metric. */
@Component({
  selector: 'tl-priority-card',
  imports: [StatusChip, GoalSparkline, RouterLink, TPipe],
  template: `
    <article class="card" [attr.aria-labelledby]="'priority-' + priority().id">
      <header>
        <h2 [id]="'priority-' + priority().id">{{ priority().title }}</h2>
        <div class="chips">
          <tl-status-chip [status]="priority().status.status" [prefix]="'Results: ' | t" />
          <tl-status-chip [status]="priority().implementation.status" [prefix]="'Actions: ' | t" />
        </div>
        <ul class="counts" [attr.aria-label]="'Tactics by status' | t">
          <li>
            <strong>{{ 'Tactics' | t }}: {{ priority().tacticCounts.total }}</strong>
          </li>
          @for (count of tacticCounts(); track count.label) {
            <li>{{ count.label | t }}: {{ count.n }}</li>
          }
          <li [class.flag]="priority().tacticCounts.overdue > 0">{{ 'Overdue' | t }}: {{ priority().tacticCounts.overdue }}</li>
          <li [class.flag]="priority().tacticCounts.stale > 0">{{ 'Stale' | t }}: {{ priority().tacticCounts.stale }}</li>
        </ul>
      </header>
      <ul class="goals">
        @for (goal of goals(); track goal.id) {
          <li data-testid="goal">
            <h3 class="goal-title">{{ goal.title }}</h3>
            <div class="goal-status">
              <tl-status-chip [status]="goal.status" />
              @if (goal.metric; as m) {
                @if (goal.shape; as shape) {
                  <tl-goal-sparkline
                    [shape]="shape"
                    [label]="'{metric}: {actual} in {period}, expected {expected}' | t: { metric: m.name, actual: goal.latest, period: goal.period, expected: goal.expected }"
                  />
                }
                <p class="metric">
                  <a [routerLink]="['/results', m.id]">{{ m.name }}</a>
                  <span class="facts">
                    @if (m.latest) {
                      <strong>{{ goal.latest }}</strong> ({{ goal.period }})
                      @if (goal.expected) {
                        · {{ 'expected {value}' | t: { value: goal.expected } }}
                      }
                    } @else {
                      <strong>{{ 'No data yet' | t }}</strong>
                    }
                    @if (goal.target) {
                      · {{ '{year} target: {value}' | t: { year: schoolYear(), value: goal.target } }}
                    }
                  </span>
                </p>
              }
            </div>
          </li>
        }
      </ul>
    </article>
  `,
  styles: `
    .card { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; padding: 16px; background: var(--mat-sys-surface-container-lowest); height: 100%; box-sizing: border-box; }
    h2 { font: var(--mat-sys-title-large); margin: 0 0 8px; }
    .chips { display: flex; flex-wrap: wrap; gap: 8px; }
    .counts { display: flex; flex-wrap: wrap; gap: 2px 12px; list-style: none; padding: 0; margin: 8px 0 0; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-medium); }
    .counts .flag { color: #8c1d18; font-weight: 500; }
    .goals { list-style: none; margin: 12px 0 0; padding: 0; display: grid; gap: 12px; }
    .goals li { border-top: 1px solid var(--mat-sys-outline-variant); padding-top: 12px; }
    .goal-title { font: var(--mat-sys-title-small); margin: 0 0 6px; }
    .goal-status { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; font: var(--mat-sys-body-medium); }
    .metric { margin: 0; flex: 1 1 200px; }
    .facts { display: block; color: var(--mat-sys-on-surface-variant); }
    .facts strong { color: var(--mat-sys-on-surface); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PriorityCard {
  readonly priority = input.required<TreePriority>();
  /** Headline series by goal id (may arrive after the tree). */
  readonly sparklines = input<ReadonlyMap<string, Sparkline>>(new Map());
  /** The school year of the as-of date (`2026-27`), for the current target. */
  readonly schoolYear = input('');
  readonly locale = input('en-US');

  protected readonly tacticCounts = computed(() =>
    TACTIC_WORDS.map(([status, label]) => ({ label, n: this.priority().tacticCounts.byStatus[status] })).filter((c) => c.n > 0),
  );

  protected readonly goals = computed((): GoalView[] => {
    const locale = this.locale();
    return this.priority().goals.map((goal) => {
      const metric = goal.metrics.find((m) => m.headline) ?? goal.metrics[0];
      const format = (value: number | null) => (metric && value !== null ? formatMetricValue(value, metric.unit, metric.decimals, locale) : '');
      const sparkline = this.sparklines().get(goal.id);
      return {
        id: goal.id,
        title: goal.title,
        status: goal.status.status,
        metric,
        latest: format(metric?.latest?.value ?? null),
        period: metric?.latest ? formatPeriod(metric.latest.periodEnd, locale) : '',
        expected: format(metric?.expected ?? null),
        target: format(metric?.currentTarget ?? null),
        shape: sparkline && sparkline.metricId === metric?.id ? toSparkline(sparkline, SPARK_WIDTH, SPARK_HEIGHT) : undefined,
      };
    });
  });
}
