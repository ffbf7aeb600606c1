import type { SourceMapping, SourceSchedule } from '@throughline/domain';
import type { SourceConfig } from './source-reader.js';
import type { RunResponse, SourceKind } from './sources.dto.js';

export interface SourceRow {
  id: string;
  name: string;
  kind: SourceKind;
  steward_id: string;
  schedule: SourceSchedule | null;
  schedule_since: string | null;
  config: SourceConfig;
  mapping: SourceMapping;
  active: boolean;
  version: number;
  created_at: Date;
  secret_ciphertext: string | null;
}

export interface RunRow {
  id: string;
  source_id: string;
  period: string;
  trigger: RunResponse['trigger'];
  state: RunResponse['state'];
  attempts: number;
  file_id: string | null;
  queued_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  progress: number;
  rows_read: number;
  rows_inserted: number;
  rows_updated: number;
  rows_unchanged: number;
  rows_rejected: number;
  rows_skipped: number;
  error: string | null;
}

export const SOURCE_SELECT = `SELECT s.id, s.name, s.kind, s.steward_id, s.schedule, to_char(s.schedule_since, 'YYYY-MM-DD"T"HH24:MI') AS schedule_since,
  s.config, s.mapping, s.active, s.version, s.created_at, k.ciphertext AS secret_ciphertext
  FROM app.data_source s LEFT JOIN app.data_source_secret k ON k.source_id = s.id`;

export const RUN_COLUMNS = `id, source_id, period, trigger, state, attempts, file_id, queued_at, started_at, finished_at, progress,
  rows_read, rows_inserted, rows_updated, rows_unchanged, rows_rejected, rows_skipped, error`;

export function toRunResponse(r: RunRow): RunResponse {
  return {
    id: r.id,
    sourceId: r.source_id,
    period: r.period,
    trigger: r.trigger,
    state: r.state,
    attempts: r.attempts,
    queuedAt: r.queued_at.toISOString(),
    startedAt: r.started_at?.toISOString() ?? null,
    finishedAt: r.finished_at?.toISOString() ?? null,
    progress: r.progress,
    rows: {
      read: r.rows_read,
      inserted: r.rows_inserted,
      updated: r.rows_updated,
      unchanged: r.rows_unchanged,
      rejected: r.rows_rejected,
      skipped: r.rows_skipped,
    },
    error: r.error,
  };
}
