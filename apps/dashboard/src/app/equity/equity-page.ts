import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { EmptyState } from '../shared/empty-state';
import { type EquityFilters, EquityApi } from './equity-api';
import { EQUITY_ES } from './equity.es';
import { EquityFilterBar } from './equity-filter-bar';
import { EquityGapChart } from './equity-gap-chart';
import { EquityGroupTable } from './equity-group-table';
import { EquitySchoolTable } from './equity-school-table';
import { apiMessage, formatCount, formatDate, formatNumber, formatValue, groupName, styleOf, toGapBars, toSchoolGrid } from './equity-view';

/** /equity: how each student group compares with All Students on a metric; filters live in the URL. */
@Component({
  selector: 'tl-equity-page',
  imports: [TPipe, RouterLink, EmptyState, EquityFilterBar, EquityGroupTable, EquitySchoolTable, EquityGapChart],
  templateUrl: './equity-page.html',
  styleUrl: './equity-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EquityPage {
  // Query parameters (bound by the router): a shared link opens the same view.
  readonly metricId = input<string>();
  readonly periodEnd = input<string>();
  readonly schoolId = input<string>();
  readonly referenceGroupId = input<string>();

  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly i18n = inject(I18n);
  protected readonly equity = inject(EquityApi).report(() => ({
    metricId: this.metricId(),
    periodEnd: this.periodEnd(),
    schoolId: this.schoolId(),
    referenceGroupId: this.referenceGroupId(),
  }));

  protected readonly data = computed(() => this.equity.value());
  protected readonly error = computed(() => {
    const error = this.equity.error();
    if (!error) return '';
    if (error.status === 0) return this.i18n.t('The server did not answer. Check that Throughline is running.');
    return apiMessage(error.error) ?? this.i18n.t('The server answered {status}.', { status: error.status });
  });
  private readonly lang = computed(() => this.i18n.lang());
  protected readonly style = computed(() => {
    const metric = this.data()?.metric;
    return styleOf(metric ?? { unit: 'percent', decimals: 1 }, this.i18n.locale());
  });

  protected readonly metricOptions = computed(() => (this.data()?.metrics ?? []).map((m) => ({ value: m.id, label: m.name })));
  protected readonly periodOptions = computed(() =>
    (this.data()?.periods ?? []).map((p) => ({ value: p, label: formatDate(p, this.i18n.locale()) })),
  );
  protected readonly schoolOptions = computed(() =>
    (this.data()?.schoolTable?.schools ?? []).map((s) => ({ value: s.schoolId, label: s.name })),
  );
  protected readonly periodLabel = computed(() => {
    const period = this.data()?.periodEnd;
    return period ? formatDate(period, this.i18n.locale()) : '';
  });
  protected readonly scopeLabel = computed(() => {
    const id = this.data()?.schoolId;
    return (id && this.data()?.schoolTable?.schools.find((s) => s.schoolId === id)?.name) || this.i18n.t('District');
  });
  protected readonly referenceName = computed(() => {
    const reference = this.data()?.reference;
    return reference ? groupName(reference, this.lang()) : this.i18n.t('All Students');
  });
  protected readonly referenceSummary = computed(() => {
    const reference = this.data()?.reference;
    if (!reference || reference.value === undefined) return '';
    const value = formatValue(reference.value, this.style());
    const n = reference.n == null ? '' : formatCount(reference.n, this.i18n.locale());
    return n ? this.i18n.t('{group}: {value} ({n} students)', { group: this.referenceName(), value, n }) : `${this.referenceName()}: ${value}`;
  });
  protected readonly bars = computed(() => toGapBars(this.data()?.groups ?? [], this.lang()));
  protected readonly grid = computed(() => {
    const table = this.data()?.schoolTable;
    return table && table.schools.length ? toSchoolGrid(table, this.style(), this.lang()) : null;
  });
  protected readonly formatGap = computed(() => {
    const style = this.style();
    return (value: number) => formatNumber(value, style);
  });

  constructor() {
    this.i18n.register(EQUITY_ES);
  }

  /** A filter changed: update the URL (the resource follows it). A new metric has its own periods and schools. */
  protected choose(change: { readonly key: keyof EquityFilters; readonly value: string }): void {
    const value = change.value || null;
    let queryParams: Record<string, string | null> = { [change.key]: value };
    if (change.key === 'metricId') {
      const metric = this.data()?.metrics.find((m) => m.id === value);
      queryParams = { metricId: value, periodEnd: null, schoolId: metric?.disaggregation === 'both' ? (this.schoolId() ?? null) : null };
    }
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
