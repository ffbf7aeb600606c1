import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scheduled progress collection: data sources (their secrets encrypted), uploaded files, runs with their counts
 * and rejected rows, the history of measurement values a run replaced, and the ledger of daily digests.
 */
export class CreateCollection1795575600000 implements MigrationInterface {
  name = 'CreateCollection1795575600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app.data_source (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('file', 'http', 'sql', 'manual')),
        steward_id uuid NOT NULL REFERENCES app.person(id),
        schedule jsonb,
        schedule_since timestamp,
        config jsonb NOT NULL DEFAULT '{}',
        mapping jsonb NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX data_source_steward_idx ON app.data_source (steward_id)`);
    await q.query(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON app.data_source FOR EACH ROW EXECUTE FUNCTION app.audit_row()`);

    // Kept apart so the audit trail (a trigger on data_source) never copies them, even encrypted.
    await q.query(`
      CREATE TABLE app.data_source_secret (
        source_id uuid PRIMARY KEY REFERENCES app.data_source(id) ON DELETE CASCADE,
        -- AES-256-GCM of the source's secrets (header values, tokens, connection strings); never returned by the API.
        ciphertext text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE app.source_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source_id uuid NOT NULL REFERENCES app.data_source(id) ON DELETE CASCADE,
        filename text NOT NULL,
        media_type text NOT NULL,
        size_bytes integer NOT NULL,
        content bytea NOT NULL,
        uploaded_by uuid REFERENCES app.person(id) ON DELETE SET NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX source_file_source_idx ON app.source_file (source_id, uploaded_at DESC)`);

    await q.query(`
      CREATE TABLE app.collection_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source_id uuid NOT NULL REFERENCES app.data_source(id) ON DELETE CASCADE,
        -- The schedule slot (local date-time) or, for manual runs, their own key: one run per source and period.
        period text NOT NULL,
        trigger text NOT NULL CHECK (trigger IN ('schedule', 'manual', 'retry')),
        state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'succeeded', 'partial', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        file_id uuid REFERENCES app.source_file(id) ON DELETE SET NULL,
        queued_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        progress smallint NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        rows_read integer NOT NULL DEFAULT 0,
        rows_inserted integer NOT NULL DEFAULT 0,
        rows_updated integer NOT NULL DEFAULT 0,
        rows_unchanged integer NOT NULL DEFAULT 0,
        rows_rejected integer NOT NULL DEFAULT 0,
        rows_skipped integer NOT NULL DEFAULT 0,
        error text,
        UNIQUE (source_id, period)
      )`);
    await q.query(`CREATE INDEX collection_run_source_idx ON app.collection_run (source_id, queued_at DESC)`);
    await q.query(`CREATE INDEX collection_run_state_idx ON app.collection_run (state, finished_at DESC)`);

    await q.query(`
      CREATE TABLE app.run_rejection (
        run_id uuid NOT NULL REFERENCES app.collection_run(id) ON DELETE CASCADE,
        line integer NOT NULL,
        reason text NOT NULL,
        PRIMARY KEY (run_id, line)
      )`);

    // Rows of a run on their way in: filled in chunks (COPY or multi-row INSERT) without holding a transaction, then
    // merged into app.measurement by one statement. Unlogged: it is scratch space, rebuilt by a retried run.
    await q.query(`
      CREATE UNLOGGED TABLE app.collection_stage (
        run_id uuid NOT NULL,
        line integer NOT NULL,
        metric_id uuid NOT NULL,
        period_end date NOT NULL,
        period_kind text NOT NULL,
        school_id uuid,
        group_id uuid NOT NULL,
        value numeric,
        numerator numeric,
        denominator integer,
        suppressed boolean NOT NULL
      )`);
    await q.query(`CREATE INDEX collection_stage_run_idx ON app.collection_stage (run_id)`);

    // The values a re-run replaced: a changed number in a state file stays explainable.
    await q.query(`
      CREATE TABLE app.measurement_history (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        measurement_id bigint NOT NULL REFERENCES app.measurement(id) ON DELETE CASCADE,
        value numeric,
        numerator numeric,
        denominator integer,
        suppressed boolean NOT NULL,
        source_run_id uuid,
        replaced_at timestamptz NOT NULL DEFAULT now(),
        replaced_by_run_id uuid
      )`);
    await q.query(`CREATE INDEX measurement_history_measurement_idx ON app.measurement_history (measurement_id, replaced_at DESC)`);

    // One digest per person per day: the INSERT that claims the day is what allows the email to go out.
    await q.query(`
      CREATE TABLE app.digest_log (
        person_id uuid NOT NULL REFERENCES app.person(id) ON DELETE CASCADE,
        day date NOT NULL,
        items integer NOT NULL,
        escalated boolean NOT NULL DEFAULT false,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, day)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['digest_log', 'measurement_history', 'collection_stage', 'run_rejection', 'collection_run', 'source_file', 'data_source_secret', 'data_source']) {
      await q.query(`DROP TABLE app.${table}`);
    }
  }
}
