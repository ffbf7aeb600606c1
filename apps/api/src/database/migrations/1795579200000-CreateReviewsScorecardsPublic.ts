import type { MigrationInterface, QueryRunner } from 'typeorm';

const AUDITED = ['review', 'review_item', 'review_decision', 'action_item', 'scorecard', 'scorecard_narrative'] as const;

/**
 * The plan's three rituals. Monthly cabinet reviews (generated agenda, decisions, owned action items, check-in
 * acknowledgements); snapshots of every status and value as of a date, which never change once taken; quarterly
 * board scorecards with goal owners' narratives and an archived copy per quarter; and the public page's publish
 * flags, plain-language summaries and community feedback.
 */
export class CreateReviewsScorecardsPublic1795579200000 implements MigrationInterface {
  name = 'CreateReviewsScorecardsPublic1795579200000';

  async up(q: QueryRunner): Promise<void> {
    // ── Snapshots ────────────────────────────────────────────────────────────────────────────────────────────
    await q.query(`
      CREATE TABLE app.snapshot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES app.plan(id) ON DELETE CASCADE,
        as_of date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('review', 'monthly')),
        taken_at timestamptz NOT NULL DEFAULT now(),
        taken_by uuid REFERENCES app.person(id) ON DELETE SET NULL
      )`);
    // The monthly job takes one per plan and month end, however often it runs.
    await q.query(`CREATE UNIQUE INDEX snapshot_monthly_once ON app.snapshot (plan_id, as_of) WHERE kind = 'monthly'`);
    await q.query(`CREATE INDEX snapshot_plan_idx ON app.snapshot (plan_id, as_of DESC)`);
    // One row per plan node and tactic: its results status (goals, priorities, plan) or reported status (tactics),
    // its implementation status, score and, for tactics, percent complete.
    await q.query(`
      CREATE TABLE app.snapshot_node (
        snapshot_id uuid NOT NULL REFERENCES app.snapshot(id) ON DELETE CASCADE,
        entity text NOT NULL CHECK (entity IN ('plan', 'priority', 'goal', 'strategy', 'tactic')),
        entity_id uuid NOT NULL,
        parent_id uuid,
        title text NOT NULL,
        status text NOT NULL,
        score numeric,
        implementation text,
        implementation_score numeric,
        percent_complete smallint,
        overdue boolean NOT NULL DEFAULT false,
        stale boolean NOT NULL DEFAULT false,
        PRIMARY KEY (snapshot_id, entity, entity_id)
      )`);
    // One row per metric series at district level (All Students and every group with data): the latest value as of
    // the snapshot's date, its period, n, and the series' status against its own targets.
    await q.query(`
      CREATE TABLE app.snapshot_metric (
        snapshot_id uuid NOT NULL REFERENCES app.snapshot(id) ON DELETE CASCADE,
        metric_id uuid NOT NULL,
        group_id uuid NOT NULL,
        goal_id uuid,
        status text NOT NULL,
        value numeric,
        period_end date,
        n integer,
        suppressed boolean NOT NULL DEFAULT false,
        expected numeric,
        target numeric,
        PRIMARY KEY (snapshot_id, metric_id, group_id)
      )`);
    // Taken is taken: no route edits a snapshot and the database refuses to. Deleting the plan still cascades
    // (the cascade runs inside the foreign key's own trigger, so the depth is above 1).
    await q.query(`
      CREATE FUNCTION app.snapshot_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'snapshots never change once taken (% on %)', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'check_violation';
      END $$`);
    for (const table of ['snapshot', 'snapshot_node', 'snapshot_metric']) {
      await q.query(`
        CREATE TRIGGER immutable BEFORE UPDATE OR DELETE ON app.${table}
          FOR EACH ROW EXECUTE FUNCTION app.snapshot_immutable()`);
    }

    // ── Monthly reviews ──────────────────────────────────────────────────────────────────────────────────────
    await q.query(`
      CREATE TABLE app.review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES app.plan(id) ON DELETE CASCADE,
        title text NOT NULL,
        held_on date NOT NULL,
        -- The agenda compares with the last closed review before this one (its snapshot), or the plan's start.
        since date,
        previous_review_id uuid REFERENCES app.review(id) ON DELETE SET NULL,
        state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
        summary text NOT NULL DEFAULT '',
        created_by uuid REFERENCES app.person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        closed_by uuid REFERENCES app.person(id) ON DELETE SET NULL,
        closed_at timestamptz,
        snapshot_id uuid REFERENCES app.snapshot(id),
        version integer NOT NULL DEFAULT 1,
        CHECK ((state = 'closed') = (closed_at IS NOT NULL)),
        CHECK (state = 'open' OR snapshot_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX review_plan_idx ON app.review (plan_id, held_on DESC)`);
    await q.query(`
      CREATE TABLE app.review_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL REFERENCES app.review(id) ON DELETE CASCADE,
        position integer NOT NULL,
        entity text NOT NULL CHECK (entity IN ('priority', 'goal', 'strategy', 'tactic', 'metric')),
        entity_id uuid NOT NULL,
        reasons text[] NOT NULL CHECK (cardinality(reasons) > 0),
        status text,
        previous_status text,
        discussed boolean NOT NULL DEFAULT false,
        notes text NOT NULL DEFAULT '',
        UNIQUE (review_id, entity, entity_id),
        UNIQUE (review_id, position) DEFERRABLE INITIALLY IMMEDIATE
      )`);
    await q.query(`
      CREATE TABLE app.review_decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL REFERENCES app.review(id) ON DELETE CASCADE,
        review_item_id uuid REFERENCES app.review_item(id) ON DELETE SET NULL,
        text text NOT NULL CHECK (length(btrim(text)) > 0),
        created_by uuid REFERENCES app.person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX review_decision_review_idx ON app.review_decision (review_id, created_at)`);
    // An action item is owned and dated; it shows in its owner's My work until done.
    await q.query(`
      CREATE TABLE app.action_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL REFERENCES app.review(id) ON DELETE CASCADE,
        review_item_id uuid REFERENCES app.review_item(id) ON DELETE SET NULL,
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        owner_id uuid NOT NULL REFERENCES app.person(id),
        due_date date NOT NULL,
        done_on date,
        created_by uuid REFERENCES app.person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX action_item_owner_idx ON app.action_item (owner_id, due_date) WHERE done_on IS NULL`);
    await q.query(`CREATE INDEX action_item_review_idx ON app.action_item (review_id)`);
    // A reviewer acknowledges an owner's check-in (seen, in which review).
    await q.query(`
      ALTER TABLE app.status_update
        ADD COLUMN acknowledged_by uuid REFERENCES app.person(id) ON DELETE SET NULL,
        ADD COLUMN acknowledged_at timestamptz,
        ADD COLUMN acknowledged_in uuid REFERENCES app.review(id) ON DELETE SET NULL,
        ADD CHECK ((acknowledged_by IS NULL) = (acknowledged_at IS NULL))`);

    // ── Quarterly board scorecards ───────────────────────────────────────────────────────────────────────────
    await q.query(`
      ALTER TABLE app.district_settings
        ADD COLUMN narrative_lead_days smallint NOT NULL DEFAULT 21 CHECK (narrative_lead_days BETWEEN 1 AND 90),
        ADD COLUMN archive_lead_days smallint NOT NULL DEFAULT 3 CHECK (archive_lead_days BETWEEN 0 AND 30),
        ADD COLUMN public_enabled boolean NOT NULL DEFAULT true`);
    // School-year quarters (Q1 starts in the district's school-year start month). The board meets on a date; the
    // narratives are requested N days before and the scorecard archived a few days before the meeting.
    await q.query(`
      CREATE TABLE app.scorecard (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES app.plan(id) ON DELETE CASCADE,
        school_year integer NOT NULL,
        quarter smallint NOT NULL CHECK (quarter BETWEEN 1 AND 4),
        period_start date NOT NULL,
        period_end date NOT NULL,
        board_meeting_on date NOT NULL,
        state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'archived')),
        narratives_requested_at timestamptz,
        archived_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        UNIQUE (plan_id, school_year, quarter),
        CHECK (period_end >= period_start),
        CHECK ((state = 'archived') = (archived_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX scorecard_meeting_idx ON app.scorecard (board_meeting_on)`);
    await q.query(`
      CREATE TABLE app.scorecard_narrative (
        id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
        scorecard_id uuid NOT NULL REFERENCES app.scorecard(id) ON DELETE CASCADE,
        goal_id uuid NOT NULL REFERENCES app.goal(id) ON DELETE CASCADE,
        narrative text NOT NULL DEFAULT '',
        author_id uuid REFERENCES app.person(id) ON DELETE SET NULL,
        requested_at timestamptz,
        updated_at timestamptz,
        PRIMARY KEY (scorecard_id, goal_id)
      )`);
    // The archived scorecard as the board saw it: its JSON (already suppressed), PDF and XLSX. Kept out of the
    // audited table (the trail would copy the files) and, like snapshots, never changed once written.
    await q.query(`
      CREATE TABLE app.scorecard_archive (
        scorecard_id uuid PRIMARY KEY REFERENCES app.scorecard(id) ON DELETE CASCADE,
        content jsonb NOT NULL,
        pdf bytea NOT NULL,
        xlsx bytea NOT NULL,
        archived_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TRIGGER immutable BEFORE UPDATE OR DELETE ON app.scorecard_archive
        FOR EACH ROW EXECUTE FUNCTION app.snapshot_immutable()`);

    // ── Public page ──────────────────────────────────────────────────────────────────────────────────────────
    // Defaults: priorities, goals and the All Students series of metrics are published; student groups are opt-in
    // per metric; tactics are only ever published as counts.
    for (const table of ['priority', 'goal']) {
      await q.query(`
        ALTER TABLE app.${table}
          ADD COLUMN published boolean NOT NULL DEFAULT true,
          ADD COLUMN public_summary_en text NOT NULL DEFAULT '',
          ADD COLUMN public_summary_es text NOT NULL DEFAULT ''`);
    }
    await q.query(`
      ALTER TABLE app.metric
        ADD COLUMN published boolean NOT NULL DEFAULT true,
        ADD COLUMN publish_groups boolean NOT NULL DEFAULT false,
        ADD COLUMN public_summary_en text NOT NULL DEFAULT '',
        ADD COLUMN public_summary_es text NOT NULL DEFAULT ''`);
    // Stakeholder voice on a goal: no account, nothing identifying kept but what the writer chose to give.
    await q.query(`
      CREATE TABLE app.feedback (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        goal_id uuid NOT NULL REFERENCES app.goal(id) ON DELETE CASCADE,
        message text NOT NULL CHECK (length(btrim(message)) BETWEEN 1 AND 2000),
        name text CHECK (length(name) <= 200),
        email text CHECK (length(email) <= 320),
        role text CHECK (role IN ('parent', 'student', 'staff', 'community', 'other')),
        language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'es')),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        read_by uuid REFERENCES app.person(id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX feedback_goal_idx ON app.feedback (goal_id, created_at DESC)`);

    for (const table of AUDITED) {
      await q.query(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON app.${table} FOR EACH ROW EXECUTE FUNCTION app.audit_row()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of AUDITED) await q.query(`DROP TRIGGER audit ON app.${table}`);
    await q.query(`DROP TABLE app.feedback`);
    await q.query(`
      ALTER TABLE app.metric DROP COLUMN published, DROP COLUMN publish_groups,
        DROP COLUMN public_summary_en, DROP COLUMN public_summary_es`);
    for (const table of ['goal', 'priority']) {
      await q.query(`ALTER TABLE app.${table} DROP COLUMN published, DROP COLUMN public_summary_en, DROP COLUMN public_summary_es`);
    }
    for (const table of ['scorecard_archive', 'scorecard_narrative', 'scorecard']) await q.query(`DROP TABLE app.${table}`);
    await q.query(`
      ALTER TABLE app.district_settings DROP COLUMN narrative_lead_days, DROP COLUMN archive_lead_days,
        DROP COLUMN public_enabled`);
    await q.query(`
      ALTER TABLE app.status_update DROP COLUMN acknowledged_by, DROP COLUMN acknowledged_at, DROP COLUMN acknowledged_in`);
    for (const table of ['action_item', 'review_decision', 'review_item', 'review']) await q.query(`DROP TABLE app.${table}`);
    for (const table of ['snapshot_metric', 'snapshot_node', 'snapshot']) await q.query(`DROP TABLE app.${table}`);
    await q.query(`DROP FUNCTION app.snapshot_immutable()`);
  }
}
