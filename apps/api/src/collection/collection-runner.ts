import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { type LocalDateTime, type MappingContext, type MetricUnit, localDateTimeInZone, mapRow, mappingProblems } from '@throughline/domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Db } from '../database/db.js';
import { firstRow } from '../database/rows.js';
import { INFRASTRUCTURE, type Infrastructure } from '../infra/infrastructure.js';
import { SettingsService } from '../settings/settings.service.js';
import { MeasurementStager, mergeStage } from './measurement-writer.js';
import { PermanentSourceError } from './source-errors.js';
import { type Fetched, fetchHttp, fetchSql, formatOf, readContent } from './source-reader.js';
import { type RunRow, SOURCE_SELECT, type SourceRow } from './source-rows.js';
import { SourceSecretsService } from './source-secrets.js';

const PROGRESS_EVERY = 20_000;

/** Fetches a source, maps its rows with the domain's mapRow, stages and merges them: one collection run. */
@Injectable()
export class CollectionRunner {
  private readonly logger = new Logger(CollectionRunner.name);

  constructor(
    private readonly db: Db,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
    private readonly secrets: SourceSecretsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(INFRASTRUCTURE) private readonly infra: Infrastructure,
  ) {}

  async source(id: string): Promise<SourceRow | undefined> {
    const [row] = await this.db.query<SourceRow[]>(`${SOURCE_SELECT} WHERE s.id = $1`, [id]);
    return row;
  }

  async nowLocal(): Promise<LocalDateTime> {
    return localDateTimeInZone(Date.now(), (await this.settings.get()).timeZone);
  }

  /** The rows of the source as they are now: its newest (or the run's) file, the URL, or the query. */
  async fetch(source: SourceRow, fileId?: string | null): Promise<Fetched> {
    const secrets = source.secret_ciphertext ? this.secrets.decrypt(source.secret_ciphertext) : {};
    switch (source.kind) {
      case 'http':
        return fetchHttp(source.config, secrets, this.config.collection.httpTimeoutMs);
      case 'sql':
        return fetchSql(source.config, secrets, this.config.collection.sqlTimeoutMs);
      case 'file': {
        const [file] = await this.db.query<{ filename: string; media_type: string; content: Buffer }[]>(
          `SELECT filename, media_type, content FROM app.source_file
            WHERE source_id = $1 AND ($2::uuid IS NULL OR id = $2) ORDER BY uploaded_at DESC LIMIT 1`,
          [source.id, fileId ?? null],
        );
        if (!file) throw new PermanentSourceError('No file has been uploaded to this source yet');
        const format = !source.config.format || source.config.format === 'auto' ? formatOf(file.filename, file.media_type) : source.config.format;
        return readContent(file.content, format, source.config);
      }
      case 'manual':
        throw new PermanentSourceError('A manual source is entered in the dashboard, not collected');
    }
  }

  async context(slot: LocalDateTime): Promise<MappingContext> {
    const [settings, [lookups]] = await Promise.all([
      this.settings.get(),
      this.db.query<{ schools: Record<string, string>; groups: Record<string, string>; all_id: string; units: Record<string, MetricUnit> }[]>(
        `SELECT (SELECT COALESCE(jsonb_object_agg(code, id), '{}') FROM app.school) AS schools,
                (SELECT COALESCE(jsonb_object_agg(code, id), '{}') FROM app.student_group WHERE active) AS groups,
                (SELECT id FROM app.student_group WHERE kind = 'all') AS all_id,
                (SELECT COALESCE(jsonb_object_agg(id, unit), '{}') FROM app.metric) AS units`,
      ),
    ]);
    return {
      schoolIdByCode: new Map(Object.entries(lookups?.schools ?? {})),
      groupIdByCode: new Map(Object.entries(lookups?.groups ?? {})),
      allStudentsId: lookups?.all_id ?? '',
      metricUnits: new Map(Object.entries(lookups?.units ?? {})),
      slot,
      schoolYearStartMonth: settings.schoolYearStartMonth,
    };
  }

  /**
   * Runs one attempt. Idempotent: a retried or taken-over run first clears what an earlier attempt staged, and
   * the merge upserts on the measurement key, so the result is the same however many times it runs.
   */
  async run(runId: string, job?: Job): Promise<void> {
    const run = firstRow(await this.db.query<(RunRow & { slot: string | null })[]>(
      `UPDATE app.collection_run SET state = 'running', attempts = attempts + 1, started_at = now(), finished_at = NULL, error = NULL,
              progress = 0, rows_read = 0, rows_inserted = 0, rows_updated = 0, rows_unchanged = 0, rows_rejected = 0, rows_skipped = 0
        WHERE id = $1
       RETURNING id, source_id, period, file_id, CASE WHEN period LIKE 'manual:%' THEN NULL ELSE period END AS slot`,
      [runId],
    ));
    if (!run) return;
    await this.db.query(`DELETE FROM app.collection_stage WHERE run_id = $1`, [runId]);
    await this.db.query(`DELETE FROM app.run_rejection WHERE run_id = $1`, [runId]);
    const source = await this.source(run.source_id);
    if (!source) throw new PermanentSourceError('The source was deleted');

    const fetched = await this.fetch(source, run.file_id);
    const context = await this.context(run.slot ?? (await this.nowLocal()));
    const copyRunner = this.infra.database.mode === 'embedded' ? undefined : this.dataSource.createQueryRunner();
    const copyClient = copyRunner ? ((await copyRunner.connect()) as pg.PoolClient) : undefined;
    const stager = new MeasurementStager(this.db, runId, copyClient);
    const rejected: { line: number; reason: string }[] = [];
    let read = 0;
    let skipped = 0;
    try {
      for await (const { line, record } of fetched.rows) {
        // A mapped column missing from the file would load every cell as empty (suppressed): refuse the file once.
        if (read === 0) {
          const problems = mappingProblems(source.mapping, Object.keys(record));
          if (problems.length) throw new PermanentSourceError(`The file does not match the mapping: ${problems.join('; ')}`);
        }
        read += 1;
        const outcome = mapRow(record, source.mapping, context);
        if (outcome.kind === 'ok') {
          for (const m of outcome.measurements) {
            const written = stager.add(line, m);
            if (written) await written;
          }
        } else if (outcome.kind === 'skipped') skipped += 1;
        else rejected.push({ line, reason: outcome.reason });
        if (read % PROGRESS_EVERY === 0) await this.progress(runId, job, fetched, read);
      }
      await stager.flush();
    } finally {
      await stager.settle();
      await copyRunner?.release();
    }
    if (rejected.length) {
      await this.db.query(
        `INSERT INTO app.run_rejection (run_id, line, reason) SELECT $1, * FROM unnest($2::int[], $3::text[]) ON CONFLICT DO NOTHING`,
        [runId, rejected.map((r) => r.line), rejected.map((r) => r.reason)],
      );
    }
    await this.db.write(async () => {
      const counts = await mergeStage(this.db, runId);
      const rejectedRows = rejected.length + counts.duplicates;
      // clock_timestamp(): now() is the transaction's start, before the merge, which is most of a large run.
      await this.db.query(
        `UPDATE app.collection_run SET state = $2, finished_at = clock_timestamp(), progress = 100, rows_read = $3, rows_inserted = $4,
                rows_updated = $5, rows_unchanged = $6, rows_rejected = $7, rows_skipped = $8,
                error = CASE WHEN $7 > 0 THEN $7 || ' row(s) rejected: see the rejected rows' ELSE NULL END
          WHERE id = $1`,
        [runId, rejectedRows ? 'partial' : 'succeeded', read, counts.inserted, counts.updated, counts.unchanged, rejectedRows, skipped],
      );
    });
    this.logger.log(`run ${runId} of source ${source.id}: ${read} rows read, ${rejected.length} rejected`);
  }

  private async progress(runId: string, job: Job | undefined, fetched: Fetched, read: number): Promise<void> {
    const share = fetched.size ? Math.min(99, Math.floor((fetched.consumed() / fetched.size) * 100)) : Math.min(95, Math.floor(read / 10_000));
    await this.db.query(`UPDATE app.collection_run SET progress = $2, rows_read = $3 WHERE id = $1`, [runId, share, read]);
    await job?.updateProgress(share);
  }

  /** Between attempts: the run waits for its retry (the reason is kept for the run history). */
  async retrying(runId: string, reason: string): Promise<void> {
    await this.db.query(`UPDATE app.collection_run SET state = 'queued', error = $2 WHERE id = $1`, [runId, `attempt failed, will retry: ${reason}`.slice(0, 2000)]);
  }

  /** Fails a run that is still running or queued (BullMQ gave up on its job); true when it did. */
  async failIfUnfinished(runId: string, reason: string): Promise<boolean> {
    const rows = firstRow(
      await this.db.query<{ id: string }[]>(
        `UPDATE app.collection_run SET state = 'failed', finished_at = clock_timestamp(), error = $2
          WHERE id = $1 AND state IN ('running', 'queued') RETURNING id`,
        [runId, reason.slice(0, 2000)],
      ),
    );
    if (rows) await this.db.query(`DELETE FROM app.collection_stage WHERE run_id = $1`, [runId]);
    return rows !== undefined;
  }

  /** After the last attempt: the run is failed with the reason, which the steward's digest and email carry. */
  async fail(runId: string, reason: string): Promise<void> {
    await this.db.query(`UPDATE app.collection_run SET state = 'failed', finished_at = now(), error = $2 WHERE id = $1`, [runId, reason.slice(0, 2000)]);
    await this.db.query(`DELETE FROM app.collection_stage WHERE run_id = $1`, [runId]);
  }
}
