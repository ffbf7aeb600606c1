import { apiResource } from '../shared/api-resource';
import { Injectable } from '@angular/core';
import type { Plan, PlanTree } from '@throughline/domain';

/** Typed access to the plan endpoints. */
@Injectable({ providedIn: 'root' })
export class PlansApi {
  plans() {
    return apiResource<Plan[]>(() => '/api/plans');
  }

  tree(planId: () => string | undefined) {
    return apiResource<PlanTree>(() => {
      const id = planId();
      return id ? `/api/plans/${id}/tree` : undefined;
    });
  }
}
