import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { ActivatedRoute, Router } from '@angular/router';
import { isoDateInZone, schoolYearOf } from '@throughline/domain';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { EmptyState } from '../shared/empty-state';
import { Icon } from '../shared/icon';
import { ActionPlanApi, apiErrorMessage } from './action-plan-api';
import { ACTION_PLAN_ES } from './action-plan.es';
import {
  type ActionPlanFilters, type ExportFormat, DEFAULT_FILTERS, applyChange, exportUrl, hasFilters, parseFilters, tacticParams, toQueryParams,
} from './action-plan-filters';
import { Pager } from './pager';
import { type Choice, type ChoiceGroup, TacticFilterBar } from './tactic-filter-bar';
import { TacticTimeline } from './tactic-timeline';
import { parentsByStrategy, toTacticViews } from './tactic-view';
import { TacticsTable } from './tactics-table';
import { timelineLayout } from './timeline-layout';

const SEARCH_PAUSE_MS = 300;

/**
 * The Year-1 action plan: every tactic of the active plan, filtered, sorted and paged by the API, as a table or
 * a timeline across the school year, and downloadable as CSV or XLSX. The URL holds the whole state.
 */
@Component({
  selector: 'tl-action-plan-page',
  imports: [MatButtonModule, MatButtonToggleModule, EmptyState, Icon, TPipe, TacticFilterBar, TacticsTable, TacticTimeline, Pager],
  templateUrl: './action-plan-page.html',
  styleUrl: './action-plan-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActionPlanPage {
  private readonly api = inject(ActionPlanApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly i18n = inject(I18n);
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly query = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly filters = computed(() =>
    parseFilters(Object.fromEntries(this.query().keys.map((key) => [key, this.query().get(key) ?? undefined]))),
  );
  protected readonly filtered = computed(() => hasFilters(this.filters()));

  protected readonly plans = this.api.plans();
  protected readonly plan = computed(() => {
    const plans = this.plans.value() ?? [];
    return plans.find((p) => p.active) ?? plans[0];
  });
  private readonly planId = computed(() => this.plan()?.id);
  protected readonly tree = this.api.tree(this.planId);
  protected readonly settings = this.api.settings();
  private readonly schoolList = this.api.schools();
  private readonly peopleList = this.api.people(this.planId);

  protected readonly tactics = this.api.tactics(() => {
    const id = this.planId();
    return id ? tacticParams(this.filters(), id) : undefined;
  });
  private readonly milestones = this.api.milestones(() =>
    this.filters().view === 'timeline' ? this.tactics.value()?.items.map((t) => t.id) : undefined,
  );

  protected readonly locale = this.i18n.locale;
  /** Today in the district's time zone: what overdue and the timeline's "today" are measured against. */
  protected readonly today = computed(() => {
    const zone = this.settings.value()?.timeZone;
    return zone ? isoDateInZone(Date.now(), zone) : undefined;
  });
  protected readonly year = computed(() => {
    const today = this.today();
    return today ? schoolYearOf(today, this.settings.value()?.schoolYearStartMonth) : undefined;
  });

  // The filters' choices.
  protected readonly priorities = computed<Choice[]>(() => (this.tree.value()?.priorities ?? []).map((p) => ({ id: p.id, label: p.title })));
  protected readonly goals = computed<ChoiceGroup[]>(() =>
    (this.tree.value()?.priorities ?? [])
      .filter((p) => !this.filters().priority || p.id === this.filters().priority)
      .map((p) => ({ label: p.title, choices: p.goals.map((g) => ({ id: g.id, label: g.title })) })),
  );
  protected readonly people = computed<Choice[]>(() => (this.peopleList.value() ?? []).map((p) => ({ id: p.id, label: p.name })));
  protected readonly schools = computed<Choice[]>(() =>
    (this.schoolList.value() ?? []).map((s) => ({ id: s.id, label: s.name })).sort((a, b) => a.label.localeCompare(b.label, this.locale())),
  );

  protected readonly total = computed(() => this.tactics.value()?.total ?? 0);
  protected readonly rows = computed(() =>
    toTacticViews(
      this.tactics.value()?.items ?? [],
      parentsByStrategy(this.tree.value()),
      new Map((this.peopleList.value() ?? []).map((p) => [p.id, p.name])),
      new Map((this.schoolList.value() ?? []).map((s) => [s.id, s.name])),
    ),
  );
  protected readonly layout = computed(() => {
    const year = this.year();
    const today = this.today();
    if (!year || !today) return undefined;
    return timelineLayout(year, this.tactics.value()?.items ?? [], this.milestones.value() ?? [], today);
  });

  protected readonly firstLoad = computed(() => (this.plans.isLoading() || this.tactics.isLoading()) && !this.tactics.hasValue());
  protected readonly loadError = computed(() => {
    const error = this.plans.error() ?? this.tactics.error() ?? this.tree.error();
    return error ? apiErrorMessage(error, (text, params) => this.i18n.t(text, params)) : '';
  });
  protected readonly milestonesError = computed(() => {
    const error = this.milestones.error();
    return error ? apiErrorMessage(error, (text, params) => this.i18n.t(text, params)) : '';
  });
  protected readonly csvUrl = computed(() => this.download('csv'));
  protected readonly xlsxUrl = computed(() => this.download('xlsx'));

  constructor() {
    this.i18n.register(ACTION_PLAN_ES);
    inject(DestroyRef).onDestroy(() => clearTimeout(this.searchTimer));
  }

  protected change(change: Partial<ActionPlanFilters>): void {
    const next = { ...change };
    // A goal of another priority would match nothing: choosing a priority clears it.
    if (change.priority && this.filters().goal) {
      const goals = this.tree.value()?.priorities.find((p) => p.id === change.priority)?.goals ?? [];
      if (!goals.some((g) => g.id === this.filters().goal)) next.goal = '';
    }
    this.navigate(applyChange(this.filters(), next));
  }

  /** Waits for a pause in typing, then searches; the URL is replaced, not stacked, while typing. */
  protected search(text: string): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.navigate(applyChange(this.filters(), { q: text.trim() }), true), SEARCH_PAUSE_MS);
  }

  protected clear(): void {
    const { sort, size, view } = this.filters();
    this.navigate({ ...DEFAULT_FILTERS, sort, size, view });
  }

  private navigate(filters: ActionPlanFilters, replaceUrl = false): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: toQueryParams(filters), queryParamsHandling: 'merge', replaceUrl });
  }

  private download(format: ExportFormat): string | undefined {
    const id = this.planId();
    return id ? exportUrl(this.filters(), id, format, this.i18n.lang()) : undefined;
  }
}
