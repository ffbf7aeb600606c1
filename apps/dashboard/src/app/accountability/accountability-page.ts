import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { MY_WORK_ES } from '../my-work/my-work.es';
import { apiMessage } from '../my-work/api-errors';
import { DayPipe } from '../my-work/work-pipes';
import { EmptyState } from '../shared/empty-state';
import { Icon } from '../shared/icon';
import { ACCOUNTABILITY_ES } from './accountability.es';
import { AccountabilityApi, type GroupBy } from './accountability-api';
import { AccountabilityTable } from './accountability-table';
import { SORT_KEYS, type SortKey, nextDir, parseSort, sortRows } from './review-rows';

/**
 * Accountability: who reports on the cadence they committed to. Grouping, sort, window and the open row live in
 * the URL (`?groupBy=department&sort=overdue&dir=desc&open=…`), so a review can be shared as a link.
 */
@Component({
  selector: 'tl-accountability-page',
  imports: [AccountabilityTable, EmptyState, Icon, RouterLink, TPipe, DayPipe],
  templateUrl: './accountability-page.html',
  styleUrl: './accountability-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountabilityPage {
  // Query parameters, bound by the router.
  readonly groupBy = input<string>();
  readonly sort = input<string>();
  readonly dir = input<string>();
  readonly open = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();

  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly i18n = inject(I18n);
  private readonly api = inject(AccountabilityApi);

  protected readonly grouping = computed<GroupBy>(() => (this.groupBy() === 'department' ? 'department' : 'owner'));
  protected readonly order = computed(() => parseSort(this.sort(), this.dir()));
  private readonly query = computed(() => ({ groupBy: this.grouping(), ...(this.from() ? { from: this.from() } : {}), ...(this.to() ? { to: this.to() } : {}) }));
  protected readonly review = this.api.review(this.query);
  protected readonly openKey = computed(() => this.open() ?? null);
  protected readonly items = this.api.items(() => {
    const key = this.openKey();
    return key === null ? undefined : { ...this.query(), key };
  });
  protected readonly rows = computed(() => sortRows(this.review.value()?.rows ?? [], this.order().key, this.order().dir, this.i18n.lang()));
  protected readonly sortKeys = SORT_KEYS;
  protected readonly sortLabels: Readonly<Record<SortKey, string>> = {
    name: 'Name',
    tactics: 'Tactics',
    onTime: 'On-time check-ins',
    overdue: 'Overdue tactics',
    stale: 'Stale tactics',
    days: 'Days since last check-in (median)',
    last: 'Last check-in',
  };
  protected readonly t = (text: string, params?: Readonly<Record<string, string | number>>) => this.i18n.t(text, params);
  protected readonly loadError = computed(() => (this.review.error() ? apiMessage(this.review.error(), this.t) : ''));
  protected readonly itemsError = computed(() => (this.items.error() ? apiMessage(this.items.error(), this.t) : ''));

  constructor() {
    this.i18n.register(MY_WORK_ES);
    this.i18n.register(ACCOUNTABILITY_ES);
  }

  protected sortBy(key: SortKey): void {
    this.navigate({ sort: key, dir: nextDir(this.order(), key) });
  }

  /** A new column starts in its natural direction (most overdue first…); the order select flips it. */
  protected sortFromSelect(key: string, dir: string): void {
    this.navigate({ sort: key, dir: key === this.order().key ? dir : parseSort(key, undefined).dir });
  }

  protected toggle(key: string): void {
    this.navigate({ open: this.openKey() === key ? null : key });
  }

  protected applyWindow(from: string, to: string): void {
    this.navigate({ from: from || null, to: to || null, open: null });
  }

  private navigate(queryParams: Record<string, string | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
