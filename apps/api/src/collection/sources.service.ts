import { Injectable, NotFoundException } from '@nestjs/common';
import {
  type LocalDateTime, type MappingPreview, type SourceMapping, type SourceSchedule, describeSchedule, isThisDistrictsRow, mapRow,
  mappingProblems, nextOccurrence, scheduleProblems,
} from '@throughline/domain';
import { Db } from '../database/db.js';
import { firstRow } from '../database/rows.js';
import { type FieldProblem, invalid, staleVersion } from '../http/errors.js';
import { found } from '../http/not-found.js';
import { currentRequest } from '../http/request-context.js';
import { CollectionQueue } from './collection.queue-service.js';
import { CollectionRunner } from './collection-runner.js';
import { RUN_COLUMNS, type RunRow, SOURCE_SELECT, type SourceRow, toRunResponse } from './source-rows.js';
import { SourceSecretsService } from './source-secrets.js';
import type { CreateSourceDto, RunResponse, SourceResponse, UpdateSourceDto } from './sources.dto.js';

/** An HTTP header name (RFC 9110 token): anything else would fail every pull. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** A preview reads at most this many rows looking for the district's own (a statewide file may list it late). */
const PREVIEW_SCAN_ROWS = 1_000_000;

/** Data sources, their files and runs: what stewards set up and watch. */
@Injectable()
export class SourcesService {
  constructor(
    private readonly db: Db,
    private readonly runner: CollectionRunner,
    private readonly secrets: SourceSecretsService,
    private readonly queue: CollectionQueue,
  ) {}

  async list(): Promise<SourceResponse[]> {
    const [rows, now] = await Promise.all([this.db.query<SourceRow[]>(`${SOURCE_SELECT} ORDER BY s.name`), this.runner.nowLocal()]);
    const last = await this.lastRuns(rows.map((r) => r.id));
    return rows.map((r) => this.toResponse(r, now, last.get(r.id)));
  }

  async get(id: string): Promise<SourceResponse> {
    const row = found(await this.runner.source(id), 'data source', id);
    const last = await this.lastRuns([id]);
    return this.toResponse(row, await this.runner.nowLocal(), last.get(id));
  }

  async create(body: CreateSourceDto): Promise<SourceResponse> {
    await this.check(body.kind, body.schedule ?? null, body.mapping, body.config?.url, body.config?.query, body.secrets?.connectionString, body.secrets?.headers);
    const stewardId = body.stewardId ?? currentRequest()?.actor?.personId;
    if (!stewardId) throw invalid([{ field: 'stewardId', messages: ['name the steward of this source'] }]);
    const now = await this.runner.nowLocal();
    const id = await this.db.write(async () => {
      const [row] = await this.db.query<{ id: string }[]>(
        `INSERT INTO app.data_source (name, kind, steward_id, schedule, schedule_since, config, mapping, active)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [body.name, body.kind, stewardId, body.schedule ? JSON.stringify(body.schedule) : null, body.schedule ? now : null, JSON.stringify(body.config ?? {}), JSON.stringify(body.mapping), body.active ?? true],
      );
      const sourceId = (row as { id: string }).id;
      if (body.secrets) await this.storeSecrets(sourceId, body.secrets);
      return sourceId;
    });
    return this.get(id);
  }

  async update(id: string, body: UpdateSourceDto): Promise<SourceResponse> {
    const current = found(await this.runner.source(id), 'data source', id);
    if (current.version !== body.version) throw staleVersion('data source', current.version);
    const schedule = body.schedule !== undefined ? body.schedule : current.schedule;
    const mapping = body.mapping ?? current.mapping;
    const config = body.config ?? current.config;
    await this.check(current.kind, schedule, mapping, config.url, config.query, body.secrets?.connectionString ?? 'kept', body.secrets?.headers);
    const scheduleChanged = body.schedule !== undefined && JSON.stringify(body.schedule) !== JSON.stringify(current.schedule);
    const now = await this.runner.nowLocal();
    await this.db.write(async () => {
      const rows = await this.db.query<{ id: string }[]>(
        `UPDATE app.data_source SET name = COALESCE($3, name), steward_id = COALESCE($4, steward_id), schedule = $5,
                schedule_since = CASE WHEN $6 THEN $7::timestamp ELSE schedule_since END, config = $8, mapping = $9,
                active = COALESCE($10, active), version = version + 1
          WHERE id = $1 AND version = $2 RETURNING id`,
        [id, body.version, body.name ?? null, body.stewardId ?? null, schedule ? JSON.stringify(schedule) : null, scheduleChanged, now, JSON.stringify(config), JSON.stringify(mapping), body.active ?? null],
      );
      if (!firstRow(rows)) throw staleVersion('data source', current.version + 1);
      if (body.secrets) await this.storeSecrets(id, body.secrets);
    });
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    found(firstRow(await this.db.execute(`DELETE FROM app.data_source WHERE id = $1 RETURNING id`, [id])), 'data source', id);
  }

  /** Keeps the uploaded file (re-processable) and queues a run of it. */
  async upload(id: string, file: { buffer: Buffer; originalname: string; mimetype: string } | undefined): Promise<{ fileId: string; run: RunResponse }> {
    const source = found(await this.runner.source(id), 'data source', id);
    if (!file) throw invalid([{ field: 'file', messages: ['attach the file as multipart field "file"'] }]);
    if (source.kind !== 'file') throw invalid([{ field: 'file', messages: ['only a file source takes uploads'] }]);
    const actor = currentRequest()?.actor?.personId ?? null;
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO app.source_file (source_id, filename, media_type, size_bytes, content, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [id, file.originalname, file.mimetype || 'application/octet-stream', file.buffer.length, file.buffer, actor],
    );
    const fileId = (row as { id: string }).id;
    return { fileId, run: await this.runNow(id, fileId) };
  }

  /**
   * Fetches and maps the first `limit` rows of this district, writing nothing: what would be stored and what refused.
   * Other districts' rows of a statewide file are passed over and counted (up to PREVIEW_SCAN_ROWS rows are read).
   */
  async preview(id: string, limit: number): Promise<MappingPreview> {
    const source = found(await this.runner.source(id), 'data source', id);
    const fetched = await this.runner.fetch(source).catch((error: Error) => {
      throw invalid([{ field: 'source', messages: [error.message] }]);
    });
    const context = await this.runner.context(await this.runner.nowLocal());
    const columns = new Set<string>();
    const accepted: MappingPreview['accepted'][number][] = [];
    const rejected: MappingPreview['rejected'][number][] = [];
    const skipped: MappingPreview['skipped'][number][] = [];
    let rowsRead = 0;
    let otherDistrictRows = 0;
    for await (const { line, record } of fetched.rows) {
      if (rowsRead === 0) {
        // The run would refuse a file missing a mapped column: say so here, where the steward is looking.
        const problems = mappingProblems(source.mapping, Object.keys(record));
        if (problems.length) throw invalid([{ field: 'mapping', messages: problems }]);
      }
      Object.keys(record).forEach((c) => columns.add(c));
      rowsRead += 1;
      if (!isThisDistrictsRow(record, source.mapping)) {
        otherDistrictRows += 1;
        if (rowsRead >= PREVIEW_SCAN_ROWS) break;
        continue;
      }
      const outcome = mapRow(record, source.mapping, context);
      if (outcome.kind === 'ok') accepted.push(...outcome.measurements.map((m) => ({ ...m, line })));
      else (outcome.kind === 'skipped' ? skipped : rejected).push({ line, reason: outcome.reason });
      if (rowsRead - otherDistrictRows >= limit || rowsRead >= PREVIEW_SCAN_ROWS) break;
    }
    return { columns: [...columns], rowsRead, otherDistrictRows, accepted, rejected, skipped };
  }

  /** A run now, outside the schedule; returns at once (the worker does the work). */
  async runNow(id: string, fileId?: string): Promise<RunResponse> {
    found(await this.runner.source(id), 'data source', id);
    const run = await this.db.write(async () => {
      const [row] = await this.db.query<RunRow[]>(
        `INSERT INTO app.collection_run (source_id, period, trigger, file_id) VALUES ($1, 'manual:' || to_char(clock_timestamp(), 'YYYY-MM-DD"T"HH24:MI:SS.US'), 'manual', $2)
         RETURNING ${RUN_COLUMNS}`,
        [id, fileId ?? null],
      );
      await this.db.query(
        `INSERT INTO app.audit_log (actor_id, action, entity, entity_id, changes, request_id)
         VALUES (NULLIF(current_setting('throughline.actor_id', true), '')::uuid, 'create', 'collection_run', $1, $2::jsonb,
                 NULLIF(current_setting('throughline.request_id', true), ''))`,
        [(row as RunRow).id, JSON.stringify({ source_id: [null, id], trigger: [null, 'manual'] })],
      );
      return row as RunRow;
    });
    await this.queue.enqueueRun(run.id, id, run.period);
    return toRunResponse(run);
  }

  async runs(sourceId: string, limit: number): Promise<RunResponse[]> {
    found(await this.runner.source(sourceId), 'data source', sourceId);
    const rows = await this.db.query<RunRow[]>(`SELECT ${RUN_COLUMNS} FROM app.collection_run WHERE source_id = $1 ORDER BY queued_at DESC LIMIT ${limit}`, [sourceId]);
    return rows.map(toRunResponse);
  }

  async run(runId: string): Promise<RunResponse> {
    const [row] = await this.db.query<RunRow[]>(`SELECT ${RUN_COLUMNS} FROM app.collection_run WHERE id = $1`, [runId]);
    return toRunResponse(found(row, 'run', runId));
  }

  /** The rejected rows of a run as CSV: line, reason. */
  async rejectionsCsv(runId: string): Promise<string> {
    await this.run(runId);
    const rows = await this.db.query<{ line: number; reason: string }[]>(`SELECT line, reason FROM app.run_rejection WHERE run_id = $1 ORDER BY line`, [runId]);
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    return ['line,reason', ...rows.map((r) => `${r.line},${quote(r.reason)}`)].join('\r\n') + '\r\n';
  }

  private async storeSecrets(id: string, secrets: { headers?: Record<string, string>; connectionString?: string }): Promise<void> {
    await this.db.query(
      `INSERT INTO app.data_source_secret (source_id, ciphertext) VALUES ($1, $2)
       ON CONFLICT (source_id) DO UPDATE SET ciphertext = EXCLUDED.ciphertext, updated_at = now()`,
      [id, this.secrets.encrypt(secrets)],
    );
  }

  private async check(
    kind: string, schedule: SourceSchedule | null, mapping: SourceMapping, url?: string, query?: string, connection?: string, headers?: Readonly<Record<string, unknown>>,
  ): Promise<void> {
    const problems: FieldProblem[] = [];
    const badHeaders = Object.entries(headers ?? {}).filter(([name, value]) => !HEADER_NAME.test(name) || typeof value !== 'string' || /[\r\n]/.test(value));
    if (badHeaders.length) {
      problems.push({ field: 'secrets.headers', messages: badHeaders.map(([name]) => `header '${name}' needs a plain name and a text value on one line, e.g. {"Authorization": "Bearer …"}`) });
    }
    if (schedule) {
      const issues = scheduleProblems(schedule);
      if (issues.length) problems.push({ field: 'schedule', messages: issues });
    }
    const mappingIssues = mappingProblems(mapping);
    if (mappingIssues.length) problems.push({ field: 'mapping', messages: mappingIssues });
    if (kind === 'http' && !url) problems.push({ field: 'config.url', messages: ['an HTTP source needs the URL to pull'] });
    if (kind === 'sql' && !query) problems.push({ field: 'config.query', messages: ['an SQL source needs its SELECT'] });
    if (kind === 'sql' && query && !/^\s*(select|with)\b/i.test(query)) problems.push({ field: 'config.query', messages: ['only a SELECT (or WITH … SELECT) is allowed'] });
    if (kind === 'sql' && !connection) problems.push({ field: 'secrets.connectionString', messages: ['an SQL source needs a read-only connection string'] });
    if (problems.length) throw invalid(problems);
    const metricIds = [...new Set((mapping.metrics ?? []).map((m) => m.metricId))];
    const [known] = await this.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM app.metric WHERE id = ANY($1::uuid[])`, [metricIds.filter((m) => /^[0-9a-f-]{36}$/i.test(m))]);
    if ((known?.n ?? 0) !== metricIds.length) {
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'Unknown metric', errors: [{ field: 'mapping.metrics', messages: ['a metricId does not name a metric'] }] });
    }
    // Group codes the mapping writes to must be set up, or every row naming one would be rejected at each run.
    const wanted = [...new Set([...Object.values(mapping.group?.codes ?? {}), ...mapping.metrics.flatMap((m) => (m.group === undefined ? [] : [m.group]))])];
    if (wanted.length) {
      const groups = await this.db.query<{ code: string }[]>(`SELECT code FROM app.student_group WHERE active ORDER BY sort_order, code`);
      const codes = new Set(groups.map((g) => g.code));
      const unknown = wanted.filter((code) => !codes.has(code));
      if (unknown.length) {
        throw invalid([
          {
            field: 'mapping',
            messages: unknown.map((code) => `student group '${code}' is not set up in Throughline (its codes: ${[...codes].join(', ')})`),
          },
        ]);
      }
    }
  }

  private async lastRuns(ids: readonly string[]): Promise<Map<string, RunRow>> {
    if (!ids.length) return new Map();
    const rows = await this.db.query<RunRow[]>(
      `SELECT DISTINCT ON (source_id) ${RUN_COLUMNS} FROM app.collection_run WHERE source_id = ANY($1::uuid[]) ORDER BY source_id, queued_at DESC`,
      [ids],
    );
    return new Map(rows.map((r) => [r.source_id, r]));
  }

  private toResponse(r: SourceRow, now: LocalDateTime, last: RunRow | undefined): SourceResponse {
    const secrets = r.secret_ciphertext ? this.secrets.decrypt(r.secret_ciphertext) : {};
    return {
      id: r.id,
      name: r.name,
      kind: r.kind,
      stewardId: r.steward_id,
      schedule: r.schedule,
      scheduleText: r.schedule ? describeSchedule(r.schedule) : null,
      config: r.config,
      secrets: { headers: Object.keys(secrets.headers ?? {}), connectionString: Boolean(secrets.connectionString) },
      mapping: r.mapping,
      active: r.active,
      version: r.version,
      nextRun: r.schedule && r.active ? (nextOccurrence(r.schedule, now) ?? null) : null,
      lastRun: last ? toRunResponse(last) : null,
    };
  }
}
