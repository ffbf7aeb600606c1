import { Injectable, computed, inject, signal } from '@angular/core';
import { type QuarterKey, ScorecardsApi } from './scorecards-api';
import { yearsOf } from './scorecard-format';

/** The page's query parameters, as strings from the URL. */
export interface ScorecardParams {
  readonly planId?: string;
  readonly schoolYear?: string;
  readonly quarter?: string;
}

/**
 * The scorecard pages' state (provided per page): the plan (the URL's, or the active one), its quarters, the
 * quarter chosen (the URL's, or the current one) and that quarter's scorecard.
 */
@Injectable()
export class ScorecardStore {
  private readonly api = inject(ScorecardsApi);
  private readonly params = signal<ScorecardParams>({});
  private readonly plans = this.api.plans();

  readonly planId = computed(() => this.params().planId || (this.plans.value()?.find((p) => p.active) ?? this.plans.value()?.[0])?.id);
  readonly noPlan = computed(() => this.plans.value()?.length === 0);
  readonly list = this.api.list(() => this.planId());
  readonly years = computed(() => yearsOf(this.list.value()?.quarters ?? []));
  readonly key = computed<QuarterKey | undefined>(() => {
    const planId = this.planId();
    const quarters = this.list.value()?.quarters;
    if (!planId || !quarters?.length) return undefined;
    const { schoolYear, quarter } = this.params();
    const year = Number(schoolYear);
    const inYear = quarters.filter((q) => q.schoolYear === year);
    const chosen = inYear.find((q) => q.quarter === Number(quarter)) ?? inYear[0] ?? quarters[0];
    return chosen ? { planId, schoolYear: chosen.schoolYear, quarter: chosen.quarter } : undefined;
  });
  readonly quarter = computed(() => {
    const key = this.key();
    return this.list.value()?.quarters.find((q) => key && q.schoolYear === key.schoolYear && q.quarter === key.quarter);
  });
  readonly scorecard = this.api.scorecard(() => this.key());
  /** The scorecard of the chosen quarter only (not the previous one while the next loads). */
  readonly card = computed(() => {
    const card = this.scorecard.value();
    const key = this.key();
    return card && key && card.schoolYear === key.schoolYear && card.quarter === key.quarter && card.planId === key.planId ? card : undefined;
  });
  readonly error = computed(() => this.plans.error() ?? this.list.error() ?? this.scorecard.error());

  setParams(params: ScorecardParams): void {
    this.params.set(params);
  }

  reload(): void {
    this.list.reload();
    this.scorecard.reload();
  }
}
