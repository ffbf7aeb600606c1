import { ChangeDetectionStrategy, Component, type ElementRef, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { ReviewItem } from '@throughline/domain';
import { AuthStore } from '../auth/auth-store';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { RESULTS_ES } from '../results/results.es';
import { Icon } from '../shared/icon';
import { ReviewMetricTrend } from './metric-trend';
import { problem } from './review-errors';
import { ReasonChip, ReviewStatusChip } from './review-status-chip';
import { ENTITY_LABEL, LEVEL_LABEL, REASON_LABEL, clampItem, presenterAction } from './review-view';
import { ReviewsApi } from './reviews-api';
import { REVIEWS_ES } from './reviews.es';
import { StatusHistoryChart } from './status-history-chart';
import './reviews-icons';

/**
 * /reviews/:id/present?item=N: one agenda item per screen in big type for the meeting room. ArrowRight/PageDown and
 * ArrowLeft/PageUp (or the buttons) move between items, Escape goes back to the review; each move focuses the item's
 * heading and is announced ("Item 3 of 12: …").
 */
@Component({
  selector: 'tl-presenter-page',
  imports: [RouterLink, MatButtonModule, TPipe, Icon, ReasonChip, ReviewStatusChip, ReviewMetricTrend, StatusHistoryChart],
  templateUrl: './presenter-page.html',
  styleUrl: './presenter-page.scss',
  host: { '(document:keydown)': 'onKey($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PresenterPage {
  readonly id = input.required<string>();
  /** `?item=N` (1-based, bound by the router). */
  readonly item = input<string>();
  private readonly api = inject(ReviewsApi);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthStore);
  protected readonly i18n = inject(I18n);
  protected readonly review = this.api.review(() => this.id());
  private readonly settings = this.api.settings();
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  protected readonly count = computed(() => this.review.value()?.items.length ?? 0);
  protected readonly n = computed(() => clampItem(this.item(), this.count()));
  protected readonly current = computed((): ReviewItem | undefined => this.review.value()?.items[this.n() - 1]);
  private readonly currentId = computed(() => this.current()?.id);
  protected readonly announcement = computed(() => {
    const item = this.current();
    return item ? this.i18n.t('Item {n} of {count}: {title}', { n: this.n(), count: this.count(), title: item.title }) : '';
  });
  protected readonly editable = computed(
    () => this.review.value()?.state === 'open' && (this.auth.person()?.roles ?? []).some((r) => r === 'cabinet' || r === 'admin'),
  );

  // The item's chart: a metric's trend, or a goal's or priority's status over time.
  private readonly metricId = computed(() => (this.current()?.entity === 'metric' ? this.current()?.entityId : undefined));
  protected readonly metric = this.api.metric(() => this.metricId());
  protected readonly series = this.api.series(() => this.metricId());
  protected readonly history = this.api.statusHistory(() => {
    const item = this.current();
    const review = this.review.value();
    if (!item || !review || (item.entity !== 'goal' && item.entity !== 'priority')) return undefined;
    return { planId: review.planId, entity: item.entity, id: item.entityId };
  });
  protected readonly minN = computed(() => this.settings.value()?.minN ?? 10);
  protected readonly startMonth = computed(() => this.settings.value()?.schoolYearStartMonth ?? 7);
  protected readonly trendLabels = computed(() => ({
    actual: this.i18n.t('Actual'),
    expected: this.i18n.t('Expected'),
    target: (year: string) => this.i18n.t('{year} target', { year }),
    caption: this.i18n.t('Latest values of {metric}', { metric: this.current()?.title ?? '' }),
  }));
  protected readonly historyLabels = computed(() => ({
    series: this.i18n.t('Status'),
    caption: this.i18n.t('Snapshots of {title}', { title: this.current()?.title ?? '' }),
    levels: Object.fromEntries(Object.entries(LEVEL_LABEL).map(([k, v]) => [k, this.i18n.t(v)])),
  }));

  /** Decisions already taken on this item (the review reloads after each one). */
  protected readonly decisions = computed(() => {
    const item = this.current();
    return item ? (this.review.value()?.decisions ?? []).filter((d) => d.reviewItemId === item.id) : [];
  });
  protected readonly decision = signal('');
  protected readonly message = signal('');
  protected readonly error = signal('');
  protected readonly busy = signal(false);

  constructor() {
    this.i18n.register(RESULTS_ES);
    this.i18n.register(REVIEWS_ES);
    // Each move (and the first item) puts the focus on the item's heading, so a screen reader starts there.
    // Keyed on the item's id: a reload of the same item (after a decision) leaves the focus where it is.
    effect(() => {
      const id = this.currentId();
      const heading = this.heading();
      if (id && heading) untracked(() => queueMicrotask(() => heading.nativeElement.focus()));
    });
  }

  protected entityLabel(item: ReviewItem): string {
    return ENTITY_LABEL[item.entity];
  }

  protected reasonLabel(reason: string): string {
    return REASON_LABEL[reason as keyof typeof REASON_LABEL] ?? reason;
  }

  protected formatDate(at: string): string {
    return new Date(at).toLocaleDateString(this.i18n.locale(), { month: 'long', day: 'numeric' });
  }

  protected onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action = presenterAction(event.key);
    if (!action) return;
    const target = event.target as HTMLElement | null;
    // Typing a decision must not turn the page; Escape there only leaves the field.
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) {
      if (action === 'leave') {
        event.preventDefault();
        target.blur();
        this.heading()?.nativeElement.focus();
      }
      return;
    }
    event.preventDefault();
    if (action === 'leave') void this.router.navigate(['/reviews', this.id()]);
    else this.go(action === 'next' ? 1 : -1);
  }

  protected go(step: number): void {
    const next = this.n() + step;
    if (next < 1 || next > this.count()) return;
    this.message.set('');
    this.error.set('');
    void this.router.navigate([], { queryParams: { item: next }, replaceUrl: true });
  }

  protected async decide(event: Event): Promise<void> {
    event.preventDefault();
    const item = this.current();
    const text = this.decision().trim();
    if (!item || !text) return this.error.set(this.i18n.t('Write the decision first.'));
    this.busy.set(true);
    this.error.set('');
    try {
      await this.api.decide(this.id(), { text, reviewItemId: item.id });
      this.decision.set('');
      this.message.set(this.i18n.t('Decision recorded.'));
      this.review.reload();
    } catch (e) {
      this.error.set(problem(e, (t, params) => this.i18n.t(t, params)));
    } finally {
      this.busy.set(false);
    }
  }
}
