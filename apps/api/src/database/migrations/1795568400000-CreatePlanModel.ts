import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The strategic plan: district settings, schools, student groups, people, the plan tree down to milestones,
 * metrics with per-group/per-school baselines and yearly targets (with history), measurements, check-ins and the
 * initiative inventory. Invariants live in the database too (FKs, UNIQUE, CHECK).
 */
export class CreatePlanModel1795568400000 implements MigrationInterface {
  name = 'CreatePlanModel1795568400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app.district_settings (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        name text NOT NULL DEFAULT 'Our district',
        time_zone text NOT NULL DEFAULT 'America/Chicago',
        school_year_start_month smallint NOT NULL DEFAULT 7 CHECK (school_year_start_month BETWEEN 1 AND 12),
        min_n smallint NOT NULL DEFAULT 10 CHECK (min_n BETWEEN 1 AND 100),
        on_track_threshold numeric(4,3) NOT NULL DEFAULT 0.95,
        watch_threshold numeric(4,3) NOT NULL DEFAULT 0.85,
        rollup_mode text NOT NULL DEFAULT 'weighted' CHECK (rollup_mode IN ('weighted', 'worst')),
        languages text[] NOT NULL DEFAULT '{en,es}',
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (watch_threshold > 0 AND watch_threshold < on_track_threshold AND on_track_threshold <= 1)
      )`);
    await q.query(`INSERT INTO app.district_settings (id) VALUES (1)`);

    await q.query(`
      CREATE TABLE app.school (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        level text NOT NULL CHECK (level IN ('elementary', 'middle', 'high', 'other')),
        active boolean NOT NULL DEFAULT true
      )`);

    await q.query(`
      CREATE TABLE app.student_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name_en text NOT NULL,
        name_es text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('all', 'race-ethnicity', 'program', 'reporting')),
        sort_order integer NOT NULL DEFAULT 0,
        system boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true
      )`);
    // Exactly one "All Students" group: every metric's default series.
    await q.query(`CREATE UNIQUE INDEX student_group_one_all ON app.student_group (kind) WHERE kind = 'all'`);

    await q.query(`
      CREATE TABLE app.person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        email text NOT NULL,
        title text,
        department text,
        supervisor_id uuid REFERENCES app.person(id) ON DELETE SET NULL,
        preferred_language text NOT NULL DEFAULT 'en' CHECK (preferred_language IN ('en', 'es')),
        active boolean NOT NULL DEFAULT true,
        CHECK (supervisor_id IS NULL OR supervisor_id <> id)
      )`);
    await q.query(`CREATE UNIQUE INDEX person_email_unique ON app.person (lower(email))`);

    await q.query(`
      CREATE TABLE app.plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        first_school_year integer NOT NULL,
        last_school_year integer NOT NULL,
        mission text NOT NULL DEFAULT '',
        vision text NOT NULL DEFAULT '',
        plan_values jsonb NOT NULL DEFAULT '[]',
        learner_profile jsonb NOT NULL DEFAULT '[]',
        state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'adopted', 'archived')),
        adopted_on date,
        active boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (last_school_year - first_school_year BETWEEN 2 AND 4),
        CHECK (state <> 'adopted' OR adopted_on IS NOT NULL)
      )`);
    // One active district plan; other plans (drafts, archived) may coexist.
    await q.query(`CREATE UNIQUE INDEX plan_one_active ON app.plan (active) WHERE active`);

    await q.query(`
      CREATE TABLE app.priority (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES app.plan(id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        owner_id uuid NOT NULL REFERENCES app.person(id),
        sort_order integer NOT NULL DEFAULT 0
      )`);
    await q.query(`CREATE INDEX priority_plan_idx ON app.priority (plan_id, sort_order)`);

    await q.query(`
      CREATE TABLE app.goal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        priority_id uuid NOT NULL REFERENCES app.priority(id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        owner_id uuid NOT NULL REFERENCES app.person(id),
        sort_order integer NOT NULL DEFAULT 0
      )`);
    await q.query(`CREATE INDEX goal_priority_idx ON app.goal (priority_id, sort_order)`);

    await q.query(`
      CREATE TABLE app.guardrail (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES app.plan(id) ON DELETE CASCADE,
        statement text NOT NULL,
        owner_id uuid NOT NULL REFERENCES app.person(id),
        sort_order integer NOT NULL DEFAULT 0
      )`);
    await q.query(`CREATE INDEX guardrail_plan_idx ON app.guardrail (plan_id, sort_order)`);

    await q.query(`
      CREATE TABLE app.strategy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        goal_id uuid NOT NULL REFERENCES app.goal(id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        owner_id uuid NOT NULL REFERENCES app.person(id),
        sort_order integer NOT NULL DEFAULT 0
      )`);
    await q.query(`CREATE INDEX strategy_goal_idx ON app.strategy (goal_id, sort_order)`);

    await q.query(`
      CREATE TABLE app.metric (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        goal_id uuid REFERENCES app.goal(id) ON DELETE CASCADE,
        guardrail_id uuid REFERENCES app.guardrail(id) ON DELETE CASCADE,
        name text NOT NULL,
        definition text NOT NULL DEFAULT '',
        unit text NOT NULL CHECK (unit IN ('percent', 'count', 'rate', 'score', 'currency', 'ratio')),
        decimals smallint NOT NULL DEFAULT 1 CHECK (decimals BETWEEN 0 AND 4),
        direction text NOT NULL CHECK (direction IN ('up', 'down', 'maintain')),
        band_low numeric,
        band_high numeric,
        kind text NOT NULL CHECK (kind IN ('lagging', 'leading')),
        cadence text NOT NULL CHECK (cadence IN ('monthly', 'quarterly', 'semester', 'annual')),
        lag_days integer NOT NULL DEFAULT 0 CHECK (lag_days BETWEEN 0 AND 730),
        owner_id uuid NOT NULL REFERENCES app.person(id),
        disaggregation text NOT NULL DEFAULT 'district' CHECK (disaggregation IN ('district', 'school', 'group', 'both')),
        headline boolean NOT NULL DEFAULT false,
        sort_order integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        CHECK ((goal_id IS NULL) <> (guardrail_id IS NULL)),
        CHECK (direction <> 'maintain' OR (band_low IS NOT NULL AND band_high IS NOT NULL AND band_low <= band_high))
      )`);
    await q.query(`CREATE INDEX metric_goal_idx ON app.metric (goal_id, sort_order)`);
    await q.query(`CREATE INDEX metric_guardrail_idx ON app.metric (guardrail_id, sort_order)`);

    // A series is (metric, school or district, group). NULL school = the district; NULLS NOT DISTINCT keeps one per key.
    await q.query(`
      CREATE TABLE app.metric_baseline (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        metric_id uuid NOT NULL REFERENCES app.metric(id) ON DELETE CASCADE,
        school_id uuid REFERENCES app.school(id) ON DELETE CASCADE,
        group_id uuid NOT NULL REFERENCES app.student_group(id),
        value numeric NOT NULL,
        as_of date NOT NULL,
        CONSTRAINT metric_baseline_series UNIQUE NULLS NOT DISTINCT (metric_id, school_id, group_id)
      )`);

    // Targets keep their history: a change closes the current row (superseded_at) and inserts a new one with a reason.
    await q.query(`
      CREATE TABLE app.metric_target (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        metric_id uuid NOT NULL REFERENCES app.metric(id) ON DELETE CASCADE,
        school_id uuid REFERENCES app.school(id) ON DELETE CASCADE,
        group_id uuid NOT NULL REFERENCES app.student_group(id),
        school_year integer NOT NULL,
        value numeric NOT NULL,
        reason text,
        set_at timestamptz NOT NULL DEFAULT now(),
        superseded_at timestamptz
      )`);
    await q.query(`
      CREATE UNIQUE INDEX metric_target_current ON app.metric_target (metric_id, school_id, group_id, school_year)
        NULLS NOT DISTINCT WHERE superseded_at IS NULL`);

    await q.query(`
      CREATE TABLE app.measurement (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        metric_id uuid NOT NULL REFERENCES app.metric(id) ON DELETE CASCADE,
        period_end date NOT NULL,
        period_kind text NOT NULL CHECK (period_kind IN ('month', 'quarter', 'semester', 'year')),
        school_id uuid REFERENCES app.school(id) ON DELETE CASCADE,
        group_id uuid NOT NULL REFERENCES app.student_group(id),
        value numeric,
        numerator numeric,
        denominator integer CHECK (denominator >= 0),
        suppressed boolean NOT NULL DEFAULT false,
        source_run_id uuid,
        note text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CHECK (suppressed OR value IS NOT NULL),
        CONSTRAINT measurement_natural_key UNIQUE NULLS NOT DISTINCT (metric_id, school_id, group_id, period_end)
      )`);
    // The natural key's index serves series reads (metric, school, group ordered by period); this one serves
    // "latest value per series as of a date" and equity tables (metric, period across schools and groups).
    await q.query(`CREATE INDEX measurement_metric_period_idx ON app.measurement (metric_id, period_end)`);

    await q.query(`
      CREATE TABLE app.tactic (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES app.strategy(id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        owner_id uuid NOT NULL REFERENCES app.person(id),
        school_id uuid REFERENCES app.school(id) ON DELETE SET NULL,
        start_date date,
        due_date date,
        school_year integer NOT NULL,
        status text NOT NULL DEFAULT 'not-started'
          CHECK (status IN ('not-started', 'on-track', 'at-risk', 'off-track', 'complete', 'cancelled')),
        percent_complete smallint NOT NULL DEFAULT 0 CHECK (percent_complete BETWEEN 0 AND 100),
        update_cadence text NOT NULL DEFAULT 'monthly' CHECK (update_cadence IN ('weekly', 'biweekly', 'monthly', 'quarterly')),
        weight numeric NOT NULL DEFAULT 1 CHECK (weight > 0),
        sort_order integer NOT NULL DEFAULT 0,
        last_check_in_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        CHECK (due_date IS NULL OR start_date IS NULL OR due_date >= start_date)
      )`);
    await q.query(`CREATE INDEX tactic_strategy_idx ON app.tactic (strategy_id, sort_order)`);
    await q.query(`CREATE INDEX tactic_owner_idx ON app.tactic (owner_id)`);
    await q.query(`CREATE INDEX tactic_due_idx ON app.tactic (due_date)`);

    await q.query(`
      CREATE TABLE app.tactic_contributor (
        tactic_id uuid NOT NULL REFERENCES app.tactic(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES app.person(id) ON DELETE CASCADE,
        PRIMARY KEY (tactic_id, person_id)
      )`);
    await q.query(`CREATE INDEX tactic_contributor_person_idx ON app.tactic_contributor (person_id)`);

    await q.query(`
      CREATE TABLE app.tactic_metric (
        tactic_id uuid NOT NULL REFERENCES app.tactic(id) ON DELETE CASCADE,
        metric_id uuid NOT NULL REFERENCES app.metric(id) ON DELETE CASCADE,
        PRIMARY KEY (tactic_id, metric_id)
      )`);

    await q.query(`
      CREATE TABLE app.milestone (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tactic_id uuid NOT NULL REFERENCES app.tactic(id) ON DELETE CASCADE,
        title text NOT NULL,
        due_date date,
        completed_on date,
        sort_order integer NOT NULL DEFAULT 0
      )`);
    await q.query(`CREATE INDEX milestone_tactic_idx ON app.milestone (tactic_id, sort_order)`);

    await q.query(`
      CREATE TABLE app.status_update (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tactic_id uuid NOT NULL REFERENCES app.tactic(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('not-started', 'on-track', 'at-risk', 'off-track', 'complete', 'cancelled')),
        percent_complete smallint NOT NULL CHECK (percent_complete BETWEEN 0 AND 100),
        narrative text NOT NULL DEFAULT '',
        evidence_links jsonb NOT NULL DEFAULT '[]',
        author_id uuid NOT NULL REFERENCES app.person(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        -- Board policy: an owner who reports trouble says why.
        CHECK (status NOT IN ('at-risk', 'off-track') OR length(btrim(narrative)) > 0)
      )`);
    await q.query(`CREATE INDEX status_update_tactic_idx ON app.status_update (tactic_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE app.initiative (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES app.plan(id) ON DELETE CASCADE,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        current boolean NOT NULL DEFAULT true,
        decision text CHECK (decision IN ('keep', 'adjust', 'abandon')),
        rationale text NOT NULL DEFAULT '',
        owner_id uuid REFERENCES app.person(id) ON DELETE SET NULL
      )`);
    await q.query(`
      CREATE TABLE app.initiative_goal (
        initiative_id uuid NOT NULL REFERENCES app.initiative(id) ON DELETE CASCADE,
        goal_id uuid NOT NULL REFERENCES app.goal(id) ON DELETE CASCADE,
        PRIMARY KEY (initiative_id, goal_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'initiative_goal', 'initiative', 'status_update', 'milestone', 'tactic_metric', 'tactic_contributor', 'tactic',
      'measurement', 'metric_target', 'metric_baseline', 'metric', 'strategy', 'guardrail', 'goal', 'priority', 'plan',
      'person', 'student_group', 'school', 'district_settings',
    ]) {
      await q.query(`DROP TABLE app.${table}`);
    }
  }
}
