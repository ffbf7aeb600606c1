import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Guardrail } from '@throughline/domain';
import { found } from '../http/not-found.js';
import { firstRow } from '../plan-nodes/plan-nodes.service.js';
import { type CreateGuardrailDto, type GuardrailRow, type UpdateGuardrailDto, toGuardrailResponse } from './guardrails.dto.js';

const COLUMNS = 'id, plan_id, statement, owner_id, sort_order';

/** Board "will not allow" statements, each with an owner and metrics of its own. */
@Injectable()
export class GuardrailsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(planId: string | undefined): Promise<Guardrail[]> {
    const rows = await this.dataSource.query<GuardrailRow[]>(
      `SELECT ${COLUMNS} FROM app.guardrail WHERE $1::uuid IS NULL OR plan_id = $1 ORDER BY plan_id, sort_order`,
      [planId ?? null],
    );
    return rows.map(toGuardrailResponse);
  }

  async get(id: string): Promise<Guardrail> {
    const [row] = await this.dataSource.query<GuardrailRow[]>(`SELECT ${COLUMNS} FROM app.guardrail WHERE id = $1`, [id]);
    return toGuardrailResponse(found(row, 'guardrail', id));
  }

  async create(body: CreateGuardrailDto): Promise<Guardrail> {
    const [row] = await this.dataSource.query<GuardrailRow[]>(
      `INSERT INTO app.guardrail (plan_id, statement, owner_id, sort_order) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
      [body.planId, body.statement, body.ownerId, body.sortOrder ?? 0],
    );
    return toGuardrailResponse(row as GuardrailRow);
  }

  async update(id: string, body: UpdateGuardrailDto): Promise<Guardrail> {
    const rows = await this.dataSource.query<GuardrailRow[]>(
      `UPDATE app.guardrail SET statement = COALESCE($2, statement), owner_id = COALESCE($3, owner_id),
              sort_order = COALESCE($4, sort_order)
        WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, body.statement ?? null, body.ownerId ?? null, body.sortOrder ?? null],
    );
    return toGuardrailResponse(found(firstRow(rows), 'guardrail', id));
  }

  async remove(id: string): Promise<void> {
    found(firstRow(await this.dataSource.query(`DELETE FROM app.guardrail WHERE id = $1 RETURNING id`, [id])), 'guardrail', id);
  }
}
