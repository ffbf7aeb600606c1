import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import {
  type IsoDate, type PlanQuarter, type Scorecard, type ScorecardList, type ScorecardRecord, isoDateInZone, planQuarter, planQuarters,
  previousQuarterEnd, scorecardAsOf,
} from '@throughline/domain';
import { Db } from '../database/db.js';
import { firstRow } from '../database/rows.js';
import { invalid, staleVersion } from '../http/errors.js';
import { currentRequest } from '../http/request-context.js';
import { PlanTreeService } from '../plans/plan-tree.service.js';
import { PlansService } from '../plans/plans.service.js';
import { SettingsService } from '../settings/settings.service.js';
import { StudentGroupsService } from '../student-groups/student-groups.service.js';
import { buildScorecard } from './scorecard-builder.js';
import { scorecardPdf } from './scorecard-pdf.js';
import { scorecardXlsx } from './scorecard-xlsx.js';
import type { CreateScorecardDto, PutNarrativeDto, ScorecardQuery, UpdateScorecardDto } from './scorecards.dto.js';
import { complementaryHidden, tablesToCheck } from './scorecard-suppression.js';
import { loadHistory, loadMetrics, loadNodes, loadPartitionCells, loadSeries } from './scorecards.queries.js';

export interface RecordRow {
  id: string;
  plan_id: string;
  school_year: number;
  quarter: number;
  board_meeting_on: IsoDate;
  state: 'draft' | 'archived';
  narratives_requested_at: string | null;
  archived_at: string | null;
  version: number;
}

export interface ScorecardFile {
  readonly body: Buffer;
  readonly contentType: string;
  readonly fileName: string;
}

const RECORD_COLUMNS = `id, plan_id, school_year, quarter, board_meeting_on, state, narratives_requested_at::text, archived_at::text, version`;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function toRecord(row: RecordRow): ScorecardRecord {
  return {
    id: row.id,
    boardMeetingOn: row.board_meeting_on,
    state: row.state,
    narrativesRequestedAt: row.narratives_requested_at,
    archivedAt: row.archived_at,
    version: row.version,
  };
}

/**
 * The board's quarterly scorecard. A quarter not archived yet is computed from the data as of its end (or today);
 * an archived one is read from app.scorecard_archive and never recomputed. Suppression and publish flags are
 * applied while the scorecard is built, so every route (JSON, PDF, XLSX) serves the same already safe content.
 */
@Injectable()
export class ScorecardsService {
  constructor(
    private readonly db: Db,
    private readonly plans: PlansService,
    private readonly trees: PlanTreeService,
    private readonly settings: SettingsService,
    private readonly groups: StudentGroupsService,
  ) {}

  async list(planId: string): Promise<ScorecardList> {
    const [plan, settings] = await Promise.all([this.plans.entity(planId), this.settings.get()]);
    const today = isoDateInZone(Date.now(), settings.timeZone);
    const rows = await this.db.query<RecordRow[]>(`SELECT ${RECORD_COLUMNS} FROM app.scorecard WHERE plan_id = $1`, [planId]);
    const byQuarter = new Map(rows.map((r) => [`${r.school_year}-${r.quarter}`, r]));
    const quarters = planQuarters(plan.firstSchoolYear, plan.lastSchoolYear, today, settings.schoolYearStartMonth).map((q) => {
      const row = byQuarter.get(`${q.schoolYear}-${q.quarter}`);
      const query = `planId=${planId}&schoolYear=${q.schoolYear}&quarter=${q.quarter}`;
      return {
        schoolYear: q.schoolYear,
        schoolYearLabel: q.schoolYearLabel,
        quarter: q.quarter,
        label: q.label,
        periodStart: q.start,
        periodEnd: q.end,
        current: q.start <= today && today <= q.end,
        state: row?.state ?? ('live' as const),
        record: row ? toRecord(row) : null,
        links: { json: `/api/scorecards/quarter?${query}`, pdf: `/api/scorecards/quarter/pdf?${query}`, xlsx: `/api/scorecards/quarter/xlsx?${query}` },
      };
    });
    return { planId, quarters };
  }

  /** The scorecard of a quarter: the archived copy when there is one, else computed now. */
  async quarter(query: ScorecardQuery): Promise<Scorecard> {
    const { quarter, record } = await this.resolve(query);
    if (record?.state === 'archived') {
      const [archive] = await this.db.query<{ content: Scorecard }[]>(`SELECT content FROM app.scorecard_archive WHERE scorecard_id = $1`, [record.id]);
      if (archive) return { ...archive.content, state: 'archived', record: toRecord(record) };
    }
    return this.compute(query.planId, quarter, record);
  }

  async file(query: ScorecardQuery, kind: 'pdf' | 'xlsx'): Promise<ScorecardFile> {
    const { record } = await this.resolve(query);
    const fileName = `scorecard-${query.schoolYear}-q${query.quarter}.${kind}`;
    const contentType = kind === 'pdf' ? 'application/pdf' : XLSX_TYPE;
    if (record?.state === 'archived') {
      const [archive] = await this.db.query<{ body: Buffer }[]>(`SELECT ${kind} AS body FROM app.scorecard_archive WHERE scorecard_id = $1`, [record.id]);
      if (archive) return { body: archive.body, contentType, fileName };
    }
    const card = await this.quarter(query);
    return { body: kind === 'pdf' ? await scorecardPdf(card) : await scorecardXlsx(card), contentType, fileName };
  }

  /** Computes a quarter's scorecard from the data (also what the archive task stores). */
  async compute(planId: string, quarter: PlanQuarter, record: RecordRow | null): Promise<Scorecard> {
    const [settings, allStudentsId] = await Promise.all([this.settings.get(), this.groups.allStudentsId()]);
    const today = isoDateInZone(Date.now(), settings.timeZone);
    const asOf = scorecardAsOf(quarter, today);
    const previousAsOf = previousQuarterEnd(quarter);
    const [tree, previousTree, metrics, series, nodes, history] = await Promise.all([
      this.trees.tree(planId, asOf),
      this.trees.tree(planId, previousAsOf),
      loadMetrics(this.db, planId),
      loadSeries(this.db, planId, allStudentsId, asOf, previousAsOf),
      loadNodes(this.db, planId, record?.id ?? null),
      loadHistory(this.db, planId, allStudentsId, asOf, settings.minN),
    ]);
    // Complementary suppression needs each read period's whole district table, so it follows the series query.
    const partitionCells = await loadPartitionCells(this.db, tablesToCheck(series));
    return buildScorecard({
      quarter,
      asOf,
      previousAsOf,
      minN: settings.minN,
      startMonth: settings.schoolYearStartMonth,
      bands: settings.statusBands,
      record: record ? toRecord(record) : null,
      tree,
      previousTree,
      metrics,
      series,
      nodes,
      history,
      complementary: complementaryHidden(partitionCells, settings.minN),
      generatedAt: new Date().toISOString(),
    });
  }

  async create(body: CreateScorecardDto): Promise<ScorecardRecord> {
    const quarter = await this.openable(body.planId, body.schoolYear, body.quarter, false);
    return this.db.write(async () => {
      const rows = await this.db.query<RecordRow[]>(
        `INSERT INTO app.scorecard (plan_id, school_year, quarter, period_start, period_end, board_meeting_on)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (plan_id, school_year, quarter) DO NOTHING RETURNING ${RECORD_COLUMNS}`,
        [body.planId, body.schoolYear, body.quarter, quarter.start, quarter.end, body.boardMeetingOn],
      );
      const row = rows[0];
      if (!row) throw new ConflictException(`${quarter.label} already has a scorecard; change its board meeting date instead`);
      return toRecord(row);
    });
  }

  async update(id: string, body: UpdateScorecardDto): Promise<ScorecardRecord> {
    return this.db.write(async () => {
      const row = await this.record(id, true);
      if (row.version !== body.version) throw staleVersion('scorecard', row.version);
      if (row.state === 'archived') throw new ConflictException('This scorecard is archived: it stays as the board received it');
      const updated = firstRow(
        await this.db.query<RecordRow[] | [RecordRow[], number]>(
          `UPDATE app.scorecard SET board_meeting_on = COALESCE($2, board_meeting_on), version = version + 1 WHERE id = $1 RETURNING ${RECORD_COLUMNS}`,
          [id, body.boardMeetingOn ?? null],
        ),
      );
      return toRecord(updated as RecordRow);
    });
  }

  /** The goal owner (or cabinet, admin) writes the goal's narrative for the quarter. */
  async putNarrative(id: string, body: PutNarrativeDto): Promise<{ goalId: string; narrative: string; updatedAt: string }> {
    const actor = currentRequest()?.actor;
    return this.db.write(async () => {
      const row = await this.record(id, true);
      const [goal] = await this.db.query<{ owner_id: string }[]>(
        `SELECT g.owner_id FROM app.goal g JOIN app.priority p ON p.id = g.priority_id WHERE g.id = $1 AND p.plan_id = $2`,
        [body.goalId, row.plan_id],
      );
      if (!goal) throw invalid([{ field: 'goalId', messages: ["not a goal of this scorecard's plan"] }]);
      const roles = actor?.roles ?? [];
      if (!roles.includes('admin') && !roles.includes('cabinet') && goal.owner_id !== actor?.personId) {
        throw new ForbiddenException("Only the goal's owner (or cabinet) writes its narrative");
      }
      if (row.state === 'archived') throw new ConflictException('This scorecard is archived: its narratives stay as the board received them');
      const [saved] = await this.db.query<{ updated_at: string }[]>(
        `INSERT INTO app.scorecard_narrative (scorecard_id, goal_id, narrative, author_id, updated_at) VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (scorecard_id, goal_id) DO UPDATE SET narrative = EXCLUDED.narrative, author_id = EXCLUDED.author_id, updated_at = now()
         RETURNING updated_at::text`,
        [id, body.goalId, body.narrative, actor?.personId ?? null],
      );
      return { goalId: body.goalId, narrative: body.narrative, updatedAt: (saved as { updated_at: string }).updated_at };
    });
  }

  private async record(id: string, lock: boolean): Promise<RecordRow> {
    const [row] = await this.db.query<RecordRow[]>(`SELECT ${RECORD_COLUMNS} FROM app.scorecard WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
    if (!row) throw new NotFoundException(`No scorecard with id ${id}`);
    return row;
  }

  private async resolve(query: ScorecardQuery): Promise<{ quarter: PlanQuarter; record: RecordRow | null }> {
    const quarter = await this.openable(query.planId, query.schoolYear, query.quarter, true);
    const [record] = await this.db.query<RecordRow[]>(
      `SELECT ${RECORD_COLUMNS} FROM app.scorecard WHERE plan_id = $1 AND school_year = $2 AND quarter = $3`,
      [query.planId, query.schoolYear, query.quarter],
    );
    return { quarter, record: record ?? null };
  }

  /** A quarter of the plan's horizon; reading also needs it to have started (the board sees no future quarter). */
  private async openable(planId: string, year: number, number: number, started: boolean): Promise<PlanQuarter> {
    const [plan, settings] = await Promise.all([this.plans.entity(planId), this.settings.get()]);
    const quarter = planQuarter(year, number, settings.schoolYearStartMonth);
    if (!quarter || year < plan.firstSchoolYear || year > plan.lastSchoolYear) {
      throw invalid([{ field: 'schoolYear', messages: [`the plan runs from ${plan.firstSchoolYear} to ${plan.lastSchoolYear}`] }]);
    }
    if (started && quarter.start > isoDateInZone(Date.now(), settings.timeZone)) {
      throw new NotFoundException(`${quarter.label} has not started yet`);
    }
    return quarter;
  }
}
