import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import {
  type GroupSeriesSnapshot, type IsoDate, type SnapshotRows, groupSeriesSnapshot, isoDateInZone, monthlySnapshotDates, snapshotRows,
} from '@throughline/domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Db } from '../database/db.js';
import { PlanTreeService } from '../plans/plan-tree.service.js';
import { DailyTasks } from '../rituals/daily-tasks.js';
import { SettingsService } from '../settings/settings.service.js';
import { StudentGroupsService } from '../student-groups/student-groups.service.js';
import { loadGroupSeries } from './snapshot-series.queries.js';

export type SnapshotKind = 'review' | 'monthly';

/**
 * Snapshots: every status and value of a plan as of a date, frozen (the database refuses to change them). Taken
 * when a review closes and once a month by the rituals sweep; they feed status-over-time charts and the next
 * review's "changed since" comparison.
 */
@Injectable()
export class SnapshotsService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(SnapshotsService.name);

  constructor(
    private readonly db: Db,
    private readonly trees: PlanTreeService,
    private readonly groups: StudentGroupsService,
    private readonly settings: SettingsService,
    private readonly dailyTasks: DailyTasks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.dailyTasks.register({ name: 'monthly-snapshot', run: () => this.takeMonthly() });
  }

  /**
   * At boot, a worker catches up missing month ends at once rather than at the next 05:30 sweep, so a fresh install
   * (the demo district) has status history right away. Not where the demo seed is switched off (the integration
   * tests), whose data must change only when a test says so.
   */
  onApplicationBootstrap(): void {
    if (this.config.role === 'api' || this.config.demoSeed === 'never') return;
    void this.takeMonthly()
      .then((done) => this.logger.log(`monthly snapshots at boot: ${done}`))
      .catch((error: unknown) => this.logger.warn(`monthly snapshots at boot failed: ${error instanceof Error ? error.message : String(error)}`));
  }

  /**
   * Takes a snapshot of the plan as of `asOf` in three statements (snapshot, nodes, metrics), inside the caller's
   * transaction. A monthly snapshot that exists already is not taken again: answers null.
   */
  take(planId: string, asOf: IsoDate, kind: SnapshotKind, takenBy: string | null): Promise<string | null> {
    return this.db.write(async (manager) => {
      const [tree, allStudentsId, settings] = await Promise.all([this.trees.tree(planId, asOf), this.groups.allStudentsId(), this.settings.get()]);
      const [created] = await manager.query<{ id: string }[]>(
        kind === 'monthly'
          ? `INSERT INTO app.snapshot (plan_id, as_of, kind, taken_by) VALUES ($1, $2, 'monthly', $3)
             ON CONFLICT (plan_id, as_of) WHERE kind = 'monthly' DO NOTHING RETURNING id`
          : `INSERT INTO app.snapshot (plan_id, as_of, kind, taken_by) VALUES ($1, $2, 'review', $3) RETURNING id`,
        [planId, asOf, takenBy],
      );
      if (!created) return null;
      const rows = snapshotRows(tree);
      await insertRows(manager, created.id, rows, allStudentsId, asOf);
      // Every student group's series too (All Students came from the tree above).
      const groupSeries = (await loadGroupSeries(manager, planId, allStudentsId, asOf)).map((input) =>
        groupSeriesSnapshot(input, asOf, settings.schoolYearStartMonth, settings.statusBands),
      );
      await insertGroupSeries(manager, created.id, groupSeries, rows);
      return created.id;
    });
  }

  /**
   * The rituals sweep's task: last month's end-of-month snapshot of every active plan, when missing; a plan with no
   * monthly snapshot yet also gets the past year's month ends (from the plan tree as of each), so its
   * status-over-time charts start with history.
   */
  async takeMonthly(): Promise<string> {
    const { timeZone, schoolYearStartMonth } = await this.settings.get();
    const today = isoDateInZone(Date.now(), timeZone);
    const plans = await this.db.query<{ id: string; first_school_year: number; taken: IsoDate[] }[]>(
      `SELECT p.id, p.first_school_year,
              COALESCE((SELECT array_agg(s.as_of::text) FROM app.snapshot s WHERE s.plan_id = p.id AND s.kind = 'monthly'), '{}') AS taken
         FROM app.plan p WHERE p.active`,
    );
    const taken: string[] = [];
    for (const plan of plans) {
      const from = `${plan.first_school_year}-${String(schoolYearStartMonth).padStart(2, '0')}-01`;
      for (const asOf of monthlySnapshotDates(today, from, plan.taken.length > 0)) {
        if (!plan.taken.includes(asOf) && (await this.take(plan.id, asOf, 'monthly', null))) taken.push(asOf);
      }
    }
    return taken.length ? `took ${taken.length} snapshot(s) as of ${taken.join(', ')}` : 'nothing due';
  }

  /** A snapshot's rows, in the shape the agenda compares with. */
  async rows(snapshotId: string): Promise<SnapshotRows> {
    const [nodes, metrics] = await Promise.all([
      this.db.query<NodeRow[]>(
        `SELECT entity, entity_id, parent_id, title, status, score, implementation, implementation_score, percent_complete, overdue, stale
           FROM app.snapshot_node WHERE snapshot_id = $1`,
        [snapshotId],
      ),
      this.db.query<MetricRow[]>(
        `SELECT sm.metric_id, sm.goal_id, sm.status, sm.value, sm.period_end, sm.expected, sm.target
           FROM app.snapshot_metric sm JOIN app.student_group g ON g.id = sm.group_id AND g.kind = 'all'
          WHERE sm.snapshot_id = $1`,
        [snapshotId],
      ),
    ]);
    const num = (v: string | null) => (v === null ? null : Number(v));
    return {
      nodes: nodes.map((n) => ({
        entity: n.entity, entityId: n.entity_id, parentId: n.parent_id, title: n.title, status: n.status, score: num(n.score),
        implementation: n.implementation, implementationScore: num(n.implementation_score), percentComplete: n.percent_complete,
        overdue: n.overdue, stale: n.stale,
      })),
      metrics: metrics.map((m) => ({
        metricId: m.metric_id, parentId: m.goal_id ?? '', title: '', goalId: m.goal_id, status: m.status, value: num(m.value),
        periodEnd: m.period_end, expected: num(m.expected), target: num(m.target),
      })),
    };
  }
}

interface NodeRow {
  entity: SnapshotRows['nodes'][number]['entity'];
  entity_id: string;
  parent_id: string | null;
  title: string;
  status: string;
  score: string | null;
  implementation: string | null;
  implementation_score: string | null;
  percent_complete: number | null;
  overdue: boolean;
  stale: boolean;
}
interface MetricRow {
  metric_id: string;
  goal_id: string | null;
  status: string;
  value: string | null;
  period_end: IsoDate | null;
  expected: string | null;
  target: string | null;
}

type Manager = Parameters<Parameters<Db['write']>[0]>[0];

/** The group series in one multi-row insert (unnest), each under its metric's goal. */
async function insertGroupSeries(manager: Manager, snapshotId: string, series: readonly GroupSeriesSnapshot[], rows: SnapshotRows): Promise<void> {
  if (!series.length) return;
  const goalOf = new Map(rows.metrics.map((m) => [m.metricId, m.goalId]));
  await manager.query(
    `INSERT INTO app.snapshot_metric (snapshot_id, metric_id, group_id, goal_id, status, value, period_end, n, suppressed, expected, target)
     SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::numeric[], $7::date[], $8::int[], $9::boolean[], $10::numeric[], $11::numeric[])`,
    [
      snapshotId, series.map((s) => s.metricId), series.map((s) => s.groupId), series.map((s) => goalOf.get(s.metricId) ?? null),
      series.map((s) => s.status), series.map((s) => s.value), series.map((s) => s.periodEnd), series.map((s) => s.n),
      series.map((s) => s.suppressed), series.map((s) => s.expected), series.map((s) => s.target),
    ],
  );
}

/** Two set-based inserts: every node from arrays (unnest), every metric with its latest district measurement. */
async function insertRows(manager: Manager, snapshotId: string, rows: SnapshotRows, allStudentsId: string, asOf: IsoDate): Promise<void> {
  const n = rows.nodes;
  await manager.query(
    `INSERT INTO app.snapshot_node (snapshot_id, entity, entity_id, parent_id, title, status, score, implementation,
                                    implementation_score, percent_complete, overdue, stale)
     SELECT $1, * FROM unnest($2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::numeric[], $8::text[],
                              $9::numeric[], $10::smallint[], $11::boolean[], $12::boolean[])`,
    [
      snapshotId, n.map((x) => x.entity), n.map((x) => x.entityId), n.map((x) => x.parentId), n.map((x) => x.title),
      n.map((x) => x.status), n.map((x) => x.score), n.map((x) => x.implementation), n.map((x) => x.implementationScore),
      n.map((x) => x.percentComplete), n.map((x) => x.overdue), n.map((x) => x.stale),
    ],
  );
  const m = rows.metrics;
  if (!m.length) return;
  // The value, n and suppression come from the stored district measurement (a withheld value stays withheld);
  // status, expected and target from the domain's computation for the date.
  await manager.query(
    `INSERT INTO app.snapshot_metric (snapshot_id, metric_id, group_id, goal_id, status, value, period_end, n, suppressed, expected, target)
     SELECT $1, u.metric_id, $2, u.goal_id, u.status, x.value, x.period_end, x.denominator, COALESCE(x.suppressed, false), u.expected, u.target
       FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::numeric[], $7::numeric[]) AS u(metric_id, goal_id, status, expected, target)
       LEFT JOIN LATERAL (
         SELECT ms.value, ms.period_end, ms.denominator, ms.suppressed FROM app.measurement ms
          WHERE ms.metric_id = u.metric_id AND ms.school_id IS NULL AND ms.group_id = $2 AND ms.period_end <= $8
          ORDER BY ms.period_end DESC LIMIT 1) x ON true`,
    [snapshotId, allStudentsId, m.map((x) => x.metricId), m.map((x) => x.goalId), m.map((x) => x.status), m.map((x) => x.expected), m.map((x) => x.target), asOf],
  );
}
