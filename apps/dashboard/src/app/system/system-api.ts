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
export function healthView(resource: ApiResource<HealthResponse>, i18n?: Translator) {
  return {
    health: computed(() => (resource.error() ? healthFromError(resource.error()) : resource.value())),
    error: computed(() => (resource.error() ? errorMessage(resource.error(), i18n) : '')),
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

/** What `errorMessage` needs of I18n: the text in the reader's language. */
export interface Translator {
  t(text: string, params?: Readonly<Record<string, string | number>>): string;
}

const ENGLISH: Translator = {
  t: (text, params) => (params ? text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole)) : text),
};

/** The API's own message when it gave one (shown as is), else a sentence about what went wrong. */
export function errorMessage(error: unknown, i18n: Translator = ENGLISH): string {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) return i18n.t('The server did not answer. Check that Throughline is running.');
    const body = error.error as { message?: unknown } | null;
    if (body && typeof body.message === 'string') return body.message;
    return i18n.t('The server answered {status} {statusText}.', { status: error.status, statusText: error.statusText });
  }
  return error instanceof Error ? error.message : String(error);
}
