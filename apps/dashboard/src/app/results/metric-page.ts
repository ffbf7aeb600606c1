import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { type Metric, schoolYearLabel } from '@throughline/domain';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { defineIcons, Icon } from '../shared/icon';
import { EmptyState } from '../shared/empty-state';
import { LineChart } from '../shared/line-chart';
import { StatusChip } from '../shared/status-chip';
import { errorMessage } from '../system/system-api';
import { formatIsoDate, formatMetricValue } from './format';
import { ResultsApi } from './results-api';
import { RESULTS_ES } from './results.es';
import { SeriesFilters } from './series-filters';
import { toTrendRows, toTrendSeries } from './to-trend-series';
import { TrendTable } from './trend-table';

defineIcons({
  back: 'M20 11H7.83l5.59-5.59L12 4l-8 8 8 8 1.41-1.41L7.83 13H20v-2z',
  info: 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm1 15h-2v-6h2v6zm0-8h-2V7h2v2z',
});

const DIRECTION: Record<Metric['direction'], string> = { up: 'Higher is better', down: 'Lower is better', maintain: 'Best within a band' };
const CADENCE: Record<Metric['cadence'], string> = {
  monthly: 'Reported monthly',
  quarterly: 'Reported quarterly',
  semester: 'Reported each semester',
  annual: 'Reported once a year',
};
/** Never more points than the chart has pixels; a point every 4 px is plenty for a line. */
const PIXELS_PER_POINT = 4;

/**
 * One metric across the plan's years: actuals against the expected trajectory for a student group and a school
 * (`?groupId=&schoolId=`), with the same numbers in a table under the chart.
 */
@Component({
  selector: 'tl-metric-page',
  imports: [RouterLink, TPipe, Icon, EmptyState, LineChart, StatusChip, SeriesFilters, TrendTable],
  templateUrl: './metric-page.html',
  styleUrl: './metric-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MetricPage {
  private readonly api = inject(ResultsApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly i18n = inject(I18n);

  readonly metricId = input.required<string>();
  readonly groupId = input<string>();
  readonly schoolId = input<string>();

  /** The page's width, measured once rendered: the number of points asked of the API follows it. */
  private readonly width = signal<number | undefined>(undefined);
  protected readonly metric = this.api.metric(() => this.metricId());
  protected readonly settings = this.api.settings();
  protected readonly groups = this.api.groups();
  protected readonly schools = this.api.schools();
  protected readonly series = this.api.series(
    () => this.metricId(),
    () => {
      const width = this.width();
      return width ? { points: Math.max(12, Math.floor(width / PIXELS_PER_POINT)), groupId: this.groupId(), schoolId: this.schoolId() } : undefined;
    },
  );

  protected readonly activeGroups = computed(() => (this.groups.value() ?? []).filter((g) => g.active));
  protected readonly activeSchools = computed(() => (this.schools.value() ?? []).filter((s) => s.active));
  protected readonly minN = computed(() => this.settings.value()?.minN);
  /** The selection in words: `Bluebonnet Elementary School · Asian`. */
  protected readonly selection = computed(() => {
    const group = this.activeGroups().find((g) => g.id === this.groupId()) ?? this.activeGroups().find((g) => g.kind === 'all');
    const school = this.activeSchools().find((s) => s.id === this.schoolId());
    const groupName = group ? (this.i18n.lang() === 'es' ? group.nameEs : group.nameEn) : '';
    return [school?.name ?? this.i18n.t('The whole district'), groupName].filter(Boolean).join(' · ');
  });
  protected readonly rows = computed(() => {
    const series = this.series.value();
    const minN = this.minN();
    return series && minN !== undefined ? toTrendRows(series, minN) : [];
  });
  protected readonly chart = computed(() => {
    const series = this.series.value();
    const minN = this.minN();
    const startMonth = this.settings.value()?.schoolYearStartMonth;
    if (!series || minN === undefined || !startMonth) return undefined;
    const labels = {
      actual: this.i18n.t('Actual'),
      expected: this.i18n.t('Expected'),
      target: (year: string) => this.i18n.t('{year} target', { year }),
    };
    return toTrendSeries(series, minN, labels, startMonth);
  });
  protected readonly targets = computed(() => {
    const series = this.series.value();
    const startMonth = this.settings.value()?.schoolYearStartMonth;
    return series && startMonth ? series.targets.map((t) => ({ ...t, label: schoolYearLabel(t.schoolYear, startMonth) })) : [];
  });
  protected readonly direction = computed(() => {
    const m = this.metric.value();
    if (!m) return '';
    if (m.direction === 'maintain' && m.bandLow !== null && m.bandHigh !== null) {
      return this.i18n.t('Best between {low} and {high}', { low: this.format(m.bandLow), high: this.format(m.bandHigh) });
    }
    return this.i18n.t(DIRECTION[m.direction]);
  });
  protected readonly cadence = computed(() => {
    const m = this.metric.value();
    return m ? this.i18n.t(CADENCE[m.cadence]) : '';
  });
  protected readonly loadError = computed(() => {
    const error = this.metric.error() ?? this.series.error() ?? this.settings.error();
    return error ? errorMessage(error, this.i18n) : '';
  });
  protected readonly notFound = computed(() => this.metric.error()?.status === 404 || this.metric.error()?.status === 400);

  constructor() {
    this.i18n.register(RESULTS_ES);
    afterNextRender(() => this.width.set(this.host.nativeElement.clientWidth || 800));
  }

  protected format(value: number | null | undefined): string {
    const m = this.metric.value();
    return m && value !== null && value !== undefined ? formatMetricValue(value, m.unit, m.decimals, this.i18n.locale()) : '—';
  }

  protected formatDate(date: string): string {
    return formatIsoDate(date, this.i18n.locale());
  }

  /** The y axis in the metric's unit. */
  protected readonly valueFormat = computed(() => {
    const m = this.metric.value();
    const locale = this.i18n.locale();
    return m ? (value: number) => formatMetricValue(value, m.unit, Math.min(m.decimals, 1), locale) : undefined;
  });

  protected select(key: 'groupId' | 'schoolId', id: string | null): void {
    void this.router.navigate([], { queryParams: { [key]: id }, queryParamsHandling: 'merge' });
  }
}
