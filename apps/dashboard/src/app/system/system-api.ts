import { HttpErrorResponse } from '@angular/common/http';
import { type ApiResource, apiResource } from '../shared/api-resource';
import { Injectable, computed } from '@angular/core';
import type { HealthResponse, JobRunResponse } from '@throughline/domain';

/** Typed access to the system endpoints. */
@Injectable({ providedIn: 'root' })
export class SystemApi {
  health() {
    return apiResource<HealthResponse>(() => '/api/health');
  }

  jobRuns(limit: number) {
    return apiResource<JobRunResponse[]>(() => ({ url: '/api/system/job-runs', params: { job: 'collection-sweep', limit } }));
  }
}

/** The health resource as a page shows it: the report (also from a 503), an error text, and whether it is loading. */
export function healthView(resource: ApiResource<HealthResponse>) {
  return {
    health: computed(() => (resource.error() ? healthFromError(resource.error()) : resource.value())),
    error: computed(() => (resource.error() ? errorMessage(resource.error()) : '')),
    loading: computed(() => resource.isLoading() && !resource.hasValue()),
  };
}

/** A 503 from /api/health still carries the report: show which part is down rather than a bare error. */
export function healthFromError(error: unknown): HealthResponse | undefined {
  if (error instanceof HttpErrorResponse && error.status === 503 && error.error && typeof error.error === 'object') {
    return error.error as HealthResponse;
  }
  return undefined;
}

export function errorMessage(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) return 'The server did not answer. Check that Throughline is running.';
    const body = error.error as { message?: unknown } | null;
    if (body && typeof body.message === 'string') return body.message;
    return `The server answered ${error.status} ${error.statusText}.`;
  }
  return error instanceof Error ? error.message : String(error);
}
