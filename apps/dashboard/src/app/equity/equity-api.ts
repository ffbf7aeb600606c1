import { Injectable } from '@angular/core';
import type { EquityReport } from '@throughline/domain';
import { apiResource } from '../shared/api-resource';

export type { HiddenReason, EquityFigure, EquityGroup, EquityRow, EquitySchoolRow, EquityMetric, EquityReport } from '@throughline/domain';

export interface EquityFilters {
  readonly metricId?: string;
  readonly periodEnd?: string;
  readonly schoolId?: string;
  readonly referenceGroupId?: string;
}

/** Typed access to the equity endpoint. */
@Injectable({ providedIn: 'root' })
export class EquityApi {
  report(filters: () => EquityFilters) {
    return apiResource<EquityReport>(() => {
      const params = Object.fromEntries(Object.entries(filters()).filter((entry): entry is [string, string] => !!entry[1]));
      return { url: '/api/equity', params };
    });
  }
}
