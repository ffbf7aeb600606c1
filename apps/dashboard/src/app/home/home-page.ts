import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import { type IsoDate, isIsoDate, isoDateInZone, schoolYear } from '@throughline/domain';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { asOfChoices } from '../overview/as-of-choices';
import { AsOfPicker } from '../overview/as-of-picker';
import { GuardrailList } from '../overview/guardrail-list';
import { OVERVIEW_ES } from '../overview/overview.es';
import { PlansApi } from '../overview/plans-api';
import { PriorityCard } from '../overview/priority-card';
import { formatIsoDate } from '../results/format';
import { EmptyState } from '../shared/empty-state';
import { StatusChip } from '../shared/status-chip';
import { HealthCard } from '../system/health-card';
import { SystemApi, errorMessage, healthView } from '../system/system-api';
import { SYSTEM_ES } from '../system/system.es';

/** Points per sparkline: a sparkline is 120 px wide, and two years of monthly data fit in 24. */
const SPARK_POINTS = 24;

/**
 * The overview: where the district's plan stands on a date (today, or `?asOf=` for the end of a past quarter),
 * from the mission down to each goal's headline metric; the system's health as a footnote.
 */
@Component({
  selector: 'tl-home-page',
  imports: [HealthCard, EmptyState, PriorityCard, StatusChip, AsOfPicker, GuardrailList, TPipe],
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly plansApi = inject(PlansApi);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18n);

  /** `?asOf=YYYY-MM-DD` (bound by the router); anything else means today. */
  readonly asOf = input<string>();
  protected readonly date = computed(() => {
    const value = this.asOf();
    return value && isIsoDate(value) ? value : undefined;
  });

  protected readonly healthResource = inject(SystemApi).health();
  protected readonly health = healthView(this.healthResource, this.i18n);
  protected readonly settings = this.plansApi.settings();
  protected readonly plans = this.plansApi.plans();
  private readonly activeId = computed(() => this.plans.value()?.find((p) => p.active)?.id);
  protected readonly tree = this.plansApi.tree(this.activeId, this.date);
  /** Until the plans have answered, and the active plan's tree: a skeleton (never the empty state by mistake). */
  protected readonly loading = computed(() => !this.plans.hasValue() || (!!this.activeId() && !this.tree.hasValue()));
  protected readonly sparklineResource = this.plansApi.sparklines(this.activeId, this.date, SPARK_POINTS);
  protected readonly sparklines = computed(() => new Map((this.sparklineResource.value()?.sparklines ?? []).map((s) => [s.goalId, s])));
  protected readonly loadError = computed(() => errorMessage(this.plans.error() ?? this.tree.error(), this.i18n));
  /** A new date is being loaded while the previous one is still on screen. */
  protected readonly updating = computed(() => this.tree.isLoading() && this.tree.hasValue());

  protected readonly today = computed((): IsoDate | undefined => {
    const zone = this.settings.value()?.timeZone;
    return zone ? isoDateInZone(Date.now(), zone) : undefined;
  });
  protected readonly choices = computed(() => {
    const plan = this.tree.value()?.plan;
    const settings = this.settings.value();
    const today = this.today();
    return plan && settings && today ? asOfChoices(plan, today, settings.schoolYearStartMonth) : [];
  });
  protected readonly planStart = computed(() => {
    const plan = this.tree.value()?.plan;
    const settings = this.settings.value();
    return plan && settings ? schoolYear(plan.firstSchoolYear, settings.schoolYearStartMonth).start : undefined;
  });

  constructor() {
    this.i18n.register(OVERVIEW_ES);
    this.i18n.register(SYSTEM_ES);
  }

  protected formatDate(date: IsoDate): string {
    return formatIsoDate(date, this.i18n.locale(), 'long');
  }

  /** The date goes in the address, so the view can be shared; null returns to today. */
  protected changeAsOf(date: IsoDate | null): void {
    void this.router.navigate([], { queryParams: { asOf: date }, queryParamsHandling: 'merge' });
  }
}
