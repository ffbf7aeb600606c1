import { Injectable, NotFoundException } from '@nestjs/common';
import type { BulkMeasurementsResult, Page, Measurement } from '@throughline/domain';
import { type FieldProblem, invalid } from '../http/errors.js';
import { StudentGroupsService } from '../student-groups/student-groups.service.js';
import {
  type BulkMeasurementsDto, type MeasurementInputDto, type MeasurementQuery, type MeasurementRow, toMeasurementResponse,
} from './measurements.dto.js';
import { Db } from '../database/db.js';

@Injectable()
export class MeasurementsService {
  constructor(
    private readonly db: Db,
    private readonly groups: StudentGroupsService,
  ) {}

  async list(query: MeasurementQuery): Promise<Page<Measurement>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 500;
    const where = `metric_id = $1 AND ($2::uuid IS NULL OR school_id = $2)
       AND ($3::boolean IS NULL OR (school_id IS NULL) = $3) AND ($4::uuid IS NULL OR group_id = $4)
       AND ($5::date IS NULL OR period_end >= $5) AND ($6::date IS NULL OR period_end <= $6)`;
    const params = [query.metricId, query.schoolId ?? null, query.district ? query.district === 'true' : null, query.groupId ?? null, query.from ?? null, query.to ?? null];
    const [rows, [count]] = await Promise.all([
      this.db.query<MeasurementRow[]>(
        `SELECT id, metric_id, period_end, period_kind, school_id, group_id, value, numerator, denominator, suppressed,
                source_run_id, note
           FROM app.measurement WHERE ${where}
          ORDER BY period_end DESC, school_id NULLS FIRST, group_id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
        params,
      ),
      this.db.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM app.measurement WHERE ${where}`, params),
    ]);
    return { items: rows.map(toMeasurementResponse), total: count?.total ?? 0, page, pageSize };
  }

  /**
   * Upserts on the natural key (metric, period, school, group) in one statement. Identical rows are left untouched
   * and counted as unchanged, so a re-sent batch changes nothing.
   */
  async bulkUpsert(body: BulkMeasurementsDto): Promise<BulkMeasurementsResult> {
    const allStudentsId = await this.groups.allStudentsId();
    const rows = body.measurements.map((m) => ({ ...m, groupId: m.groupId ?? allStudentsId, schoolId: m.schoolId ?? null }));
    await this.check(rows);
    const column = <K extends keyof MeasurementInputDto>(key: K) => rows.map((r) => r[key] ?? null);
    return this.db.write(async () => {
      const result = await this.db.query<{ inserted: boolean }[]>(
        `INSERT INTO app.measurement AS m (metric_id, period_end, period_kind, school_id, group_id, value, numerator, denominator, suppressed, note)
         SELECT * FROM unnest($1::uuid[], $2::date[], $3::text[], $4::uuid[], $5::uuid[], $6::numeric[], $7::numeric[], $8::int[], $9::boolean[], $10::text[])
         ON CONFLICT ON CONSTRAINT measurement_natural_key DO UPDATE
            SET period_kind = EXCLUDED.period_kind, value = EXCLUDED.value, numerator = EXCLUDED.numerator,
                denominator = EXCLUDED.denominator, suppressed = EXCLUDED.suppressed, note = EXCLUDED.note, recorded_at = now()
          WHERE (m.period_kind, m.value, m.numerator, m.denominator, m.suppressed, m.note)
                IS DISTINCT FROM (EXCLUDED.period_kind, EXCLUDED.value, EXCLUDED.numerator, EXCLUDED.denominator, EXCLUDED.suppressed, EXCLUDED.note)
         RETURNING (xmax = 0) AS inserted`,
        [
          column('metricId'), column('periodEnd'), column('periodKind'), column('schoolId'), column('groupId'), column('value'),
          column('numerator'), column('denominator'), rows.map((r) => r.suppressed ?? false), column('note'),
        ],
      );
      const inserted = result.filter((r) => r.inserted).length;
      const updated = result.length - inserted;
      const counts = { inserted, updated, unchanged: rows.length - inserted - updated };
      // Measurements are audited per batch (a file of 10,000 rows is one event), not per row.
      await this.db.query(
        `INSERT INTO app.audit_log (actor_id, action, entity, entity_id, changes, request_id)
         VALUES (NULLIF(current_setting('throughline.actor_id', true), '')::uuid, 'create', 'measurement_batch', $1, $2::jsonb,
                 NULLIF(current_setting('throughline.request_id', true), ''))`,
        [[...new Set(rows.map((r) => r.metricId))].join(','), JSON.stringify({ rows: [null, rows.length], ...Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, [null, v]])) })],
      );
      return counts;
    });
  }

  /** Every problem of the batch at once, by row, before anything is written. */
  private async check(rows: readonly (MeasurementInputDto & { groupId: string; schoolId: string | null })[]): Promise<void> {
    const problems: FieldProblem[] = [];
    const seen = new Map<string, number>();
    rows.forEach((r, i) => {
      const key = `${r.metricId}|${r.periodEnd}|${r.schoolId ?? ''}|${r.groupId}`;
      const first = seen.get(key);
      if (first !== undefined) problems.push({ field: `measurements[${i}]`, messages: [`same metric, period, school and group as measurements[${first}]`] });
      else seen.set(key, i);
      if (!r.suppressed && (r.value === null || r.value === undefined)) {
        problems.push({ field: `measurements[${i}].value`, messages: ['a value is required unless the row is suppressed'] });
      }
    });
    if (problems.length) throw invalid(problems);

    const [known] = await this.db.query<{ metrics: { id: string; unit: string }[]; schools: string[]; groups: string[] }[]>(
      `SELECT (SELECT COALESCE(json_agg(json_build_object('id', id, 'unit', unit)), '[]') FROM app.metric WHERE id = ANY($1::uuid[])) AS metrics,
              (SELECT COALESCE(array_agg(id::text), '{}') FROM app.school WHERE id = ANY($2::uuid[])) AS schools,
              (SELECT COALESCE(array_agg(id::text), '{}') FROM app.student_group WHERE id = ANY($3::uuid[])) AS groups`,
      [[...new Set(rows.map((r) => r.metricId))], [...new Set(rows.flatMap((r) => (r.schoolId ? [r.schoolId] : [])))], [...new Set(rows.map((r) => r.groupId))]],
    );
    const units = new Map((known?.metrics ?? []).map((m) => [m.id, m.unit]));
    const schools = new Set(known?.schools ?? []);
    const groups = new Set(known?.groups ?? []);
    const missing: FieldProblem[] = [];
    rows.forEach((r, i) => {
      if (!units.has(r.metricId)) missing.push({ field: `measurements[${i}].metricId`, messages: ['no metric with this id'] });
      if (r.schoolId && !schools.has(r.schoolId)) missing.push({ field: `measurements[${i}].schoolId`, messages: ['no school with this id'] });
      if (!groups.has(r.groupId)) missing.push({ field: `measurements[${i}].groupId`, messages: ['no student group with this id'] });
    });
    if (missing.length) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'Unknown ids', errors: missing });
    rows.forEach((r, i) => {
      if (units.get(r.metricId) === 'percent' && r.value != null && (r.value < 0 || r.value > 100)) {
        problems.push({ field: `measurements[${i}].value`, messages: ['a percent is between 0 and 100'] });
      }
      // A share cannot count more students than it is taken of; a rate per 100 can (several incidents each).
      if (units.get(r.metricId) === 'percent' && r.numerator != null && r.denominator != null && r.numerator > r.denominator) {
        problems.push({ field: `measurements[${i}].numerator`, messages: ['a percent’s numerator must not exceed its denominator'] });
      }
    });
    if (problems.length) throw invalid(problems);
  }
}
