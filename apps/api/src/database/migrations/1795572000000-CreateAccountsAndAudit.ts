import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The plan tables every create/update/delete of which is audited by the row trigger below. */
export const AUDITED_TABLES = [
  'district_settings', 'school', 'student_group', 'person', 'person_role', 'plan', 'priority', 'goal', 'guardrail',
  'strategy', 'metric', 'metric_baseline', 'metric_target', 'tactic', 'tactic_contributor', 'tactic_metric', 'milestone',
  'status_update', 'initiative', 'initiative_goal',
] as const;

/**
 * Accounts (credentials, roles), server-side sessions, one-time tokens, login throttling, and the audit trail.
 * Auditing is a trigger so that no write path, ORM or raw SQL, can skip it; the actor and request id come from
 * transaction-local settings the API sets (see database/db.ts). Bulk measurement loads are audited per batch.
 */
export class CreateAccountsAndAudit1795572000000 implements MigrationInterface {
  name = 'CreateAccountsAndAudit1795572000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app.person_credential (
        person_id uuid PRIMARY KEY REFERENCES app.person(id) ON DELETE CASCADE,
        password_hash text NOT NULL,
        password_set_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE app.person_role (
        person_id uuid NOT NULL REFERENCES app.person(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('admin', 'cabinet', 'owner', 'steward', 'board')),
        PRIMARY KEY (person_id, role)
      )`);
    // Sessions and tokens store only a SHA-256 of the secret the browser or the email link holds.
    await q.query(`
      CREATE TABLE app.session (
        id_hash text PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES app.person(id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        user_agent text,
        ip text
      )`);
    await q.query(`CREATE INDEX session_person_idx ON app.session (person_id)`);
    await q.query(`
      CREATE TABLE app.auth_token (
        token_hash text PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES app.person(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('invite', 'reset')),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX auth_token_person_idx ON app.auth_token (person_id)`);
    // Fixed-window counters for login throttling when no Redis is available (the embedded default).
    await q.query(`
      CREATE TABLE app.rate_limit (
        key text PRIMARY KEY,
        hits integer NOT NULL,
        window_ends_at timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE app.audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        action text NOT NULL CHECK (action IN ('create', 'update', 'delete')),
        entity text NOT NULL,
        entity_id text NOT NULL,
        changes jsonb NOT NULL,
        request_id text
      )`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON app.audit_log (entity, entity_id, at DESC)`);
    await q.query(`CREATE INDEX audit_log_at_idx ON app.audit_log (at DESC)`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON app.audit_log (actor_id, at DESC)`);
    // The trail is append-only: no route edits it, and the database refuses UPDATE and DELETE too.
    await q.query(`
      CREATE FUNCTION app.audit_log_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit log is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_immutable BEFORE UPDATE OR DELETE ON app.audit_log
        FOR EACH ROW EXECUTE FUNCTION app.audit_log_immutable()`);

    await q.query(`
      CREATE FUNCTION app.audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        old_row jsonb := CASE WHEN TG_OP = 'INSERT' THEN '{}'::jsonb ELSE to_jsonb(OLD) END;
        new_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN '{}'::jsonb ELSE to_jsonb(NEW) END;
        diff jsonb;
        entity_id text;
      BEGIN
        SELECT jsonb_object_agg(k, jsonb_build_array(old_row -> k, new_row -> k)) INTO diff
          FROM (SELECT jsonb_object_keys(old_row) AS k UNION SELECT jsonb_object_keys(new_row)) keys
         WHERE (old_row -> k) IS DISTINCT FROM (new_row -> k) AND k <> 'version';
        IF diff IS NULL THEN
          RETURN NULL;
        END IF;
        entity_id := COALESCE(new_row ->> 'id', old_row ->> 'id', new_row ->> 'tactic_id', old_row ->> 'tactic_id',
                              new_row ->> 'initiative_id', old_row ->> 'initiative_id', new_row ->> 'person_id', old_row ->> 'person_id');
        INSERT INTO app.audit_log (actor_id, action, entity, entity_id, changes, request_id)
        VALUES (NULLIF(current_setting('throughline.actor_id', true), '')::uuid,
                CASE TG_OP WHEN 'INSERT' THEN 'create' WHEN 'UPDATE' THEN 'update' ELSE 'delete' END,
                TG_TABLE_NAME, COALESCE(entity_id, ''), diff,
                NULLIF(current_setting('throughline.request_id', true), ''));
        RETURN NULL;
      END $$`);
    for (const table of AUDITED_TABLES) {
      await q.query(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON app.${table} FOR EACH ROW EXECUTE FUNCTION app.audit_row()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of AUDITED_TABLES) await q.query(`DROP TRIGGER audit ON app.${table}`);
    await q.query(`DROP FUNCTION app.audit_row()`);
    await q.query(`DROP TABLE app.audit_log`);
    await q.query(`DROP FUNCTION app.audit_log_immutable()`);
    for (const table of ['rate_limit', 'auth_token', 'session', 'person_role', 'person_credential']) {
      await q.query(`DROP TABLE app.${table}`);
    }
  }
}
