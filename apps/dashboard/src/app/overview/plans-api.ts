import { apiResource } from '../shared/api-resource';
import { Injectable } from '@angular/core';
import type { DistrictSettings, IsoDate, MetricSeries, Plan, PlanTree, SeriesPointResponse } from '@throughline/domain';

/**
 * One goal's headline metric as a sparkline (GET /api/plans/{id}/sparklines; the API's PlanSparklines in
 * apps/api/src/plans/sparklines.dto.ts): the same shapes as the metric series.
 */
export interface GoalSparkline extends Pick<MetricSeries, 'metricId' | 'baseline' | 'trajectory' | 'totalPoints'> {
  readonly goalId: string;
  readonly actuals: readonly Pick<SeriesPointResponse, 'periodEnd' | 'value' | 'expected'>[];
}

export interface PlanSparklines {
  readonly planId: string;
  readonly asOf: IsoDate;
  readonly sparklines: readonly GoalSparkline[];
}

/** Typed access to the plan endpoints the overview reads. */
@Injectable({ providedIn: 'root' })
export class PlansApi {
  plans() {
    return apiResource<Plan[]>(() => '/api/plans');
  }

  /** The plan with every status computed for `asOf` (undefined: today in the district). */
  tree(planId: () => string | undefined, asOf: () => IsoDate | undefined = () => undefined) {
    return apiResource<PlanTree>(() => {
      const id = planId();
      if (!id) return undefined;
      const date = asOf();
      const params: Record<string, string> = date ? { asOf: date } : {};
      return { url: `/api/plans/${id}/tree`, params };
    });
  }

  /** Every goal's headline series in one request; `points` per line at most. */
  sparklines(planId: () => string | undefined, asOf: () => IsoDate | undefined, points: number) {
    return apiResource<PlanSparklines>(() => {
      const id = planId();
      if (!id) return undefined;
      const date = asOf();
      const params: Record<string, string | number> = date ? { asOf: date, points } : { points };
      return { url: `/api/plans/${id}/sparklines`, params };
    });
  }

  settings() {
    return apiResource<DistrictSettings>(() => '/api/settings');
  }
}
