import { httpResource } from '@angular/common/http';
import { Injectable } from '@angular/core';
import type { Plan, PlanTree } from '@throughline/domain';

/** Typed access to the plan endpoints. */
@Injectable({ providedIn: 'root' })
export class PlansApi {
  plans() {
    return httpResource<Plan[]>(() => '/api/plans');
  }

  tree(planId: () => string | undefined) {
    return httpResource<PlanTree>(() => {
      const id = planId();
      return id ? `/api/plans/${id}/tree` : undefined;
    });
  }
}
