import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { MappedMeasurement } from '@throughline/domain';
import type { Db } from '../database/db.js';

const CHUNK = 5_000;
const COLUMNS = 'run_id, line, metric_id, period_end, period_kind, school_id, group_id, value, numerator, denominator, suppressed';

export interface MergeCounts {
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly duplicates: number;
}

/**
 * Stages a run's measurements in app.collection_stage in chunks (COPY on Postgres, multi-row INSERT on the
 * embedded database, which has no COPY over the wire), then merges them into app.measurement in one statement.
 */
export class MeasurementStager {
  private rows: string[] = [];
  private inFlight: Promise<void> = Promise.resolve();
  private readonly columns: unknown[][] = Array.from({ length: 10 }, () => []);
  staged = 0;

  private readonly runPrefix: string;

  constructor(
    private readonly db: Db,
    private readonly runId: string,
    private readonly copyClient: pg.PoolClient | undefined,
  ) {
    this.runPrefix = `${copyText(runId)}\t`;
  }

  /**
   * Adds one measurement. Returns a promise only when a full chunk is handed to Postgres (await it before adding
   * more: it waits for the chunk before, so at most one is in flight), so the usual row costs no await.
   */
  add(line: number, m: MappedMeasurement): Promise<void> | undefined {
    this.staged += 1;
    if (this.copyClient) {
      this.rows.push(
        `${this.runPrefix}${line}\t${copyText(m.metricId)}\t${copyText(m.periodEnd)}\t${copyText(m.periodKind)}\t${copyText(m.schoolId)}\t` +
          `${copyText(m.groupId)}\t${copyText(m.value)}\t${copyText(m.numerator)}\t${copyText(m.denominator)}\t${m.suppressed ? 't' : 'f'}`,
      );
      return this.rows.length >= CHUNK ? this.send() : undefined;
    }
    const values = [line, m.metricId, m.periodEnd, m.periodKind, m.schoolId, m.groupId, m.value, m.numerator, m.denominator, m.suppressed];
    values.forEach((v, i) => this.columns[i]?.push(v));
    return (this.columns[0]?.length ?? 0) >= CHUNK ? this.flush() : undefined;
  }

  /** Writes what is still buffered and waits until every chunk is in the stage. */
  async flush(): Promise<void> {
    if (this.copyClient) {
      await this.send();
      await this.inFlight;
    } else if ((this.columns[0]?.length ?? 0) > 0) {
      const c = this.columns.map((column) => column.splice(0));
      await this.db.query(
        `INSERT INTO app.collection_stage (${COLUMNS})
         SELECT $1, * FROM unnest($2::int[], $3::uuid[], $4::date[], $5::text[], $6::uuid[], $7::uuid[], $8::numeric[], $9::numeric[], $10::int[], $11::boolean[])`,
        [this.runId, ...c],
      );
    }
  }

  /**
   * Starts the COPY of the buffered rows once the previous chunk is in (its error, if any, surfaces here), and
   * returns without waiting for it: the next rows are read and mapped while Postgres takes this chunk.
   */
  private async send(): Promise<void> {
    await this.inFlight;
    if (!this.copyClient || !this.rows.length) return;
    const lines = `${this.rows.join('\n')}\n`;
    this.rows = [];
    const copy = pipeline(Readable.from([lines]), this.copyClient.query(copyFrom(`COPY app.collection_stage (${COLUMNS}) FROM STDIN`)));
    // Observed here so a failure between two awaits is not an unhandled rejection; it is thrown by the next await.
    copy.catch(() => undefined);
    this.inFlight = copy;
  }

  /** Waits for a COPY still running (before its connection is released), ignoring its outcome. */
  async settle(): Promise<void> {
    await this.inFlight.catch(() => undefined);
  }
}

const COPY_SPECIAL = /[\\\t\n\r]/;

/** A value in COPY's text format; numbers and plain text (ids, dates) go as they are, without a replace per cell. */
function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return String(value);
  const text = String(value);
  if (!COPY_SPECIAL.test(text)) return text;
  return text.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] as string);
}

/**
 * One statement: the last of duplicate rows wins (earlier ones are reported), values that did not change are left
 * alone, changed ones keep their previous value in app.measurement_history. Run inside the caller's transaction.
 */
export async function mergeStage(db: Db, runId: string): Promise<MergeCounts> {
  await db.query(
    `INSERT INTO app.run_rejection (run_id, line, reason)
     SELECT $1, line, 'the same metric, school, student group and period appear again on line ' || last_line || ', which is kept'
       FROM (SELECT line, first_value(line) OVER w AS last_line, row_number() OVER w AS n
               FROM app.collection_stage WHERE run_id = $1
             WINDOW w AS (PARTITION BY metric_id, school_id, group_id, period_end ORDER BY line DESC)) d
      WHERE n > 1
     ON CONFLICT DO NOTHING`,
    [runId],
  );
  const [counts] = await db.query<{ inserted: number; updated: number; staged: number; keys: number }[]>(
    `WITH s AS (
       SELECT DISTINCT ON (metric_id, school_id, group_id, period_end) *
         FROM app.collection_stage WHERE run_id = $1
        ORDER BY metric_id, school_id, group_id, period_end, line DESC
     ), old AS (
       SELECT m.id, m.value, m.numerator, m.denominator, m.suppressed, m.source_run_id
         FROM app.measurement m JOIN s ON m.metric_id = s.metric_id AND m.period_end = s.period_end
          AND m.group_id = s.group_id AND m.school_id IS NOT DISTINCT FROM s.school_id
     ), up AS (
       INSERT INTO app.measurement AS m (metric_id, period_end, period_kind, school_id, group_id, value, numerator, denominator, suppressed, source_run_id)
       SELECT metric_id, period_end, period_kind, school_id, group_id, value, numerator, denominator, suppressed, $1 FROM s
       ON CONFLICT ON CONSTRAINT measurement_natural_key DO UPDATE
          SET period_kind = EXCLUDED.period_kind, value = EXCLUDED.value, numerator = EXCLUDED.numerator,
              denominator = EXCLUDED.denominator, suppressed = EXCLUDED.suppressed, source_run_id = EXCLUDED.source_run_id,
              recorded_at = now()
        WHERE (m.period_kind, m.value, m.numerator, m.denominator, m.suppressed)
              IS DISTINCT FROM (EXCLUDED.period_kind, EXCLUDED.value, EXCLUDED.numerator, EXCLUDED.denominator, EXCLUDED.suppressed)
       RETURNING m.id, (xmax = 0) AS inserted
     ), history AS (
       INSERT INTO app.measurement_history (measurement_id, value, numerator, denominator, suppressed, source_run_id, replaced_by_run_id)
       SELECT old.id, old.value, old.numerator, old.denominator, old.suppressed, old.source_run_id, $1
         FROM old JOIN up ON up.id = old.id AND NOT up.inserted
     )
     SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated,
            (SELECT count(*)::int FROM app.collection_stage WHERE run_id = $1) AS staged,
            (SELECT count(*)::int FROM s) AS keys
       FROM up`,
    [runId],
  );
  await db.query(`DELETE FROM app.collection_stage WHERE run_id = $1`, [runId]);
  const inserted = counts?.inserted ?? 0;
  const updated = counts?.updated ?? 0;
  const keys = counts?.keys ?? 0;
  return { inserted, updated, unchanged: keys - inserted - updated, duplicates: (counts?.staged ?? 0) - keys };
}
