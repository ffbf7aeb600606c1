import { Injectable } from '@angular/core';
import type { Metric, MetricSeries, Plan, PlanTree, School, StudentGroup } from '@throughline/domain';
import { apiResource } from '../shared/api-resource';
import { districtSettings } from '../shared/district-settings';

/** The series a metric page shows: the district or a school, All Students or a group, at most `points` points. */
export interface SeriesRequest {
  readonly schoolId?: string;
  readonly groupId?: string;
  readonly points: number;
}

/** Typed access to what the results pages read. */
@Injectable({ providedIn: 'root' })
export class ResultsApi {
  plans() {
    return apiResource<Plan[]>(() => '/api/plans');
  }

  tree(planId: () => string | undefined) {
    return apiResource<PlanTree>(() => {
      const id = planId();
      return id ? `/api/plans/${id}/tree` : undefined;
    });
  }

  metric(id: () => string | undefined) {
    return apiResource<Metric>(() => {
      const metricId = id();
      return metricId ? `/api/metrics/${metricId}` : undefined;
    });
  }

  series(id: () => string | undefined, request: () => SeriesRequest | undefined) {
    return apiResource<MetricSeries>(() => {
      const metricId = id();
      const r = request();
      if (!metricId || !r) return undefined;
      const params: Record<string, string | number> = { points: r.points };
      if (r.schoolId) params['schoolId'] = r.schoolId;
      if (r.groupId) params['groupId'] = r.groupId;
      return { url: `/api/metrics/${metricId}/series`, params };
    });
  }

  groups() {
    return apiResource<StudentGroup[]>(() => '/api/student-groups');
  }

  schools() {
    return apiResource<School[]>(() => '/api/schools');
  }

  settings() {
    return districtSettings();
  }
}
