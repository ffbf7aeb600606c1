import { apiResource } from '../shared/api-resource';
import { districtSettings } from '../shared/district-settings';
import { Injectable } from '@angular/core';
import type { IsoDate, Plan, PlanSparklines, PlanTree } from '@throughline/domain';

export type { GoalSparkline } from '@throughline/domain';

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
    return districtSettings();
  }
}
