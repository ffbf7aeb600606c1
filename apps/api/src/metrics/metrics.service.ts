import { Injectable } from '@nestjs/common';
import type { Metric } from '@throughline/domain';
import { type FieldProblem, invalid, staleVersion } from '../http/errors.js';
import { found } from '../http/not-found.js';
import { firstRow } from '../database/rows.js';
import { type CreateMetricDto, type MetricQuery, type MetricRow, type UpdateMetricDto, toMetricResponse } from './metrics.dto.js';
import { Db } from '../database/db.js';

const COLUMNS = `id, goal_id, guardrail_id, name, definition, unit, decimals, direction, band_low, band_high, kind, cadence,
  lag_days, owner_id, disaggregation, headline, sort_order, version, published, publish_groups, public_summary_en, public_summary_es, name_es`;

@Injectable()
export class MetricsService {
  constructor(private readonly db: Db) {}

  async list(query: MetricQuery): Promise<Metric[]> {
    const rows = await this.db.query<MetricRow[]>(
      `SELECT ${COLUMNS.replace(/(\w+)/g, 'm.$1')} FROM app.metric m
         LEFT JOIN app.goal g ON g.id = m.goal_id LEFT JOIN app.priority p ON p.id = g.priority_id
         LEFT JOIN app.guardrail gr ON gr.id = m.guardrail_id
        WHERE ($1::uuid IS NULL OR p.plan_id = $1 OR gr.plan_id = $1)
          AND ($2::uuid IS NULL OR m.goal_id = $2) AND ($3::uuid IS NULL OR m.guardrail_id = $3)
        ORDER BY m.sort_order, m.name`,
      [query.planId ?? null, query.goalId ?? null, query.guardrailId ?? null],
    );
    return rows.map(toMetricResponse);
  }

  async row(id: string): Promise<MetricRow> {
    const [row] = await this.db.query<MetricRow[]>(`SELECT ${COLUMNS} FROM app.metric WHERE id = $1`, [id]);
    return found(row, 'metric', id);
  }

  async get(id: string): Promise<Metric> {
    return toMetricResponse(await this.row(id));
  }

  async create(body: CreateMetricDto): Promise<Metric> {
    const problems = [...attachmentProblems(body.goalId, body.guardrailId), ...bandProblems(body.direction, body.bandLow, body.bandHigh)];
    if (problems.length) throw invalid(problems);
    const [row] = await this.db.execute<MetricRow[]>(
      `INSERT INTO app.metric (goal_id, guardrail_id, name, definition, unit, decimals, direction, band_low, band_high, kind,
                               cadence, lag_days, owner_id, disaggregation, headline, sort_order, name_es)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING ${COLUMNS}`,
      [
        body.goalId ?? null, body.guardrailId ?? null, body.name, body.definition ?? '', body.unit, body.decimals ?? 1,
        body.direction, body.bandLow ?? null, body.bandHigh ?? null, body.kind, body.cadence, body.lagDays ?? 0, body.ownerId,
        body.disaggregation ?? 'district', body.headline ?? false, body.sortOrder ?? 0, body.nameEs ?? '',
      ],
    );
    return toMetricResponse(row as MetricRow);
  }

  /** Optimistic concurrency: the update applies only to the version the client read. */
  async update(id: string, body: UpdateMetricDto): Promise<Metric> {
    const current = await this.row(id);
    if (current.version !== body.version) throw staleVersion('metric', current.version);
    const direction = body.direction ?? current.direction;
    const bandLow = body.bandLow !== undefined ? body.bandLow : current.band_low === null ? null : Number(current.band_low);
    const bandHigh = body.bandHigh !== undefined ? body.bandHigh : current.band_high === null ? null : Number(current.band_high);
    const problems = bandProblems(direction, bandLow, bandHigh);
    if (problems.length) throw invalid(problems);
    const rows = await this.db.execute<MetricRow[]>(
      `UPDATE app.metric SET name = COALESCE($3, name), definition = COALESCE($4, definition), unit = COALESCE($5, unit),
              decimals = COALESCE($6, decimals), direction = $7, band_low = $8, band_high = $9, kind = COALESCE($10, kind),
              cadence = COALESCE($11, cadence), lag_days = COALESCE($12, lag_days), owner_id = COALESCE($13, owner_id),
              disaggregation = COALESCE($14, disaggregation), headline = COALESCE($15, headline),
              sort_order = COALESCE($16, sort_order), published = COALESCE($17, published),
              publish_groups = COALESCE($18, publish_groups), public_summary_en = COALESCE($19, public_summary_en),
              public_summary_es = COALESCE($20, public_summary_es), name_es = COALESCE($21, name_es), version = version + 1
        WHERE id = $1 AND version = $2 RETURNING ${COLUMNS}`,
      [
        id, body.version, body.name ?? null, body.definition ?? null, body.unit ?? null, body.decimals ?? null, direction,
        bandLow, bandHigh, body.kind ?? null, body.cadence ?? null, body.lagDays ?? null, body.ownerId ?? null,
        body.disaggregation ?? null, body.headline ?? null, body.sortOrder ?? null, body.published ?? null,
        body.publishGroups ?? null, body.publicSummaryEn ?? null, body.publicSummaryEs ?? null, body.nameEs ?? null,
      ],
    );
    const updated = firstRow(rows);
    if (!updated) throw staleVersion('metric', (await this.row(id)).version);
    return toMetricResponse(updated);
  }

  async remove(id: string): Promise<void> {
    found(firstRow(await this.db.execute(`DELETE FROM app.metric WHERE id = $1 RETURNING id`, [id])), 'metric', id);
  }
}

function attachmentProblems(goalId?: string | null, guardrailId?: string | null): FieldProblem[] {
  if (!goalId === !guardrailId) {
    return [{ field: 'goalId', messages: ['a metric belongs to exactly one goal or one guardrail: give goalId or guardrailId'] }];
  }
  return [];
}

function bandProblems(direction: string, low?: number | null, high?: number | null): FieldProblem[] {
  if (direction !== 'maintain') return [];
  if (low === null || low === undefined || high === null || high === undefined) {
    return [{ field: 'bandLow', messages: ['a metric to maintain needs bandLow and bandHigh'] }];
  }
  return low > high ? [{ field: 'bandHigh', messages: ['bandHigh must not be below bandLow'] }] : [];
}
