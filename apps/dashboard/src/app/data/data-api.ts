import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  MappingPreview, Metric, Page, Person, School, SourceMapping, SourceSchedule, StudentGroup,
} from '@throughline/domain';
import type { Observable } from 'rxjs';
import { apiResource } from '../shared/api-resource';
import { districtSettings } from '../shared/district-settings';
import type { Translator } from './schedule-words';

// The collection API's answers (apps/api/src/collection/sources.dto.ts). They have no contract in
// @throughline/domain yet, so they are written out here; keep them in step with the DTO file.
export type SourceKind = 'file' | 'http' | 'sql' | 'manual';
export type RunState = 'queued' | 'running' | 'succeeded' | 'partial' | 'failed';
export type RunTrigger = 'schedule' | 'manual' | 'retry';
export const SOURCE_KINDS: readonly SourceKind[] = ['file', 'http', 'sql', 'manual'];
export const RUN_STATES: readonly RunState[] = ['succeeded', 'partial', 'failed', 'running', 'queued'];

export interface RunRows {
  readonly read: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly rejected: number;
  readonly skipped: number;
}

export interface Run {
  readonly id: string;
  readonly sourceId: string;
  readonly period: string;
  readonly trigger: RunTrigger;
  readonly state: RunState;
  readonly attempts: number;
  readonly queuedAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  /** 0–100. */
  readonly progress: number;
  readonly rows: RunRows;
  readonly error: string | null;
}

export interface SourceConfig {
  readonly format?: 'auto' | 'csv' | 'tsv' | 'xlsx' | 'json';
  readonly sheet?: string;
  readonly url?: string;
  readonly jsonPath?: string;
  readonly query?: string;
}

export interface Source {
  readonly id: string;
  readonly name: string;
  readonly kind: SourceKind;
  readonly stewardId: string;
  readonly schedule: SourceSchedule | null;
  readonly scheduleText: string | null;
  readonly config: SourceConfig;
  /** Names of the stored secrets, never their values. */
  readonly secrets: { readonly headers: readonly string[]; readonly connectionString: boolean };
  readonly mapping: SourceMapping;
  readonly active: boolean;
  readonly version: number;
  /** District-local date-time of the next scheduled run (`2026-11-05T06:00`), or null. */
  readonly nextRun: string | null;
  readonly lastRun: Run | null;
}

export type Preview = MappingPreview;

export interface SourceSecrets {
  readonly headers?: Readonly<Record<string, string>>;
  readonly connectionString?: string;
}

export interface SourceWrite {
  readonly name?: string;
  readonly kind?: SourceKind;
  readonly stewardId?: string;
  readonly schedule?: SourceSchedule | null;
  readonly config?: SourceConfig;
  readonly secrets?: SourceSecrets;
  readonly mapping?: SourceMapping;
  readonly active?: boolean;
  readonly version?: number;
}

/** Typed access to the data sources, their runs and the reference data their screens name. */
@Injectable({ providedIn: 'root' })
export class DataApi {
  private readonly http = inject(HttpClient);

  sources() {
    return apiResource<Source[]>(() => '/api/sources');
  }

  runs(sourceId: () => string | undefined) {
    return apiResource<Run[]>(() => {
      const id = sourceId();
      return id ? { url: `/api/sources/${id}/runs`, params: { limit: 50 } } : undefined;
    });
  }

  people() {
    return apiResource<Page<Person>>(() => ({ url: '/api/people', params: { pageSize: 500 } }));
  }

  settings() {
    return districtSettings();
  }

  /** Schools, groups and metrics, asked for only once a preview needs their names. */
  reference(wanted: () => boolean) {
    return {
      schools: apiResource<School[]>(() => (wanted() ? '/api/schools' : undefined)),
      groups: apiResource<StudentGroup[]>(() => (wanted() ? '/api/student-groups' : undefined)),
      metrics: apiResource<Metric[]>(() => (wanted() ? '/api/metrics' : undefined)),
    };
  }

  run(id: string): Observable<Run> {
    return this.http.get<Run>(`/api/runs/${id}`);
  }

  runNow(sourceId: string): Observable<Run> {
    return this.http.post<Run>(`/api/sources/${sourceId}/runs`, null);
  }

  upload(sourceId: string, file: File): Observable<{ fileId: string; run: Run }> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<{ fileId: string; run: Run }>(`/api/sources/${sourceId}/files`, body);
  }

  preview(sourceId: string, rows = 50): Observable<Preview> {
    return this.http.post<Preview>(`/api/sources/${sourceId}/preview`, { rows });
  }

  create(body: SourceWrite): Observable<Source> {
    return this.http.post<Source>('/api/sources', body);
  }

  update(id: string, body: SourceWrite): Observable<Source> {
    return this.http.patch<Source>(`/api/sources/${id}`, body);
  }
}

/** Where a run's rejected rows download as CSV (a plain link: the session cookie goes with it). */
export function rejectionsHref(runId: string): string {
  return `/api/runs/${runId}/rejections.csv`;
}

export interface FieldMessages {
  readonly field: string;
  readonly messages: readonly string[];
}

/** The API's answer to a failed request, as words: its message, and the per-field messages of a 400. */
export function describeApiError(error: unknown, i18n: Translator): { message: string; fields: FieldMessages[] } {
  if (!(error instanceof HttpErrorResponse)) return { message: error instanceof Error ? error.message : String(error), fields: [] };
  if (error.status === 0) return { message: i18n.t('The server did not answer. Check your connection and try again.'), fields: [] };
  const body = error.error as { message?: unknown; errors?: unknown } | null;
  const fields = Array.isArray(body?.errors)
    ? (body.errors as FieldMessages[]).filter((f) => typeof f?.field === 'string' && Array.isArray(f.messages))
    : [];
  const raw = body && typeof body.message === 'string' ? body.message : Array.isArray(body?.message) ? (body.message as string[]).join('; ') : '';
  // "Validation failed" says little on its own: the field messages are the useful part.
  const message = fields.length && (!raw || raw === 'Validation failed')
    ? fields.map((f) => f.messages.join('; ')).join('; ')
    : raw || i18n.t('The server answered {status}.', { status: error.status });
  return { message, fields };
}
