import { Injectable, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import type { PlanNode } from '@throughline/domain';
import { firstRow } from '../database/rows.js';
import { found } from '../http/not-found.js';
import type { CreatePlanNodeDto, PlanNodeQuery, PublishableNode, UpdatePlanNodeDto } from './plan-nodes.dto.js';
import { invalid } from '../http/errors.js';
import { Db } from '../database/db.js';

/** Priority, goal and strategy: the same owned, ordered node, under a plan, a priority and a goal. */
export const PLAN_NODE_KINDS = {
  priority: { table: 'app.priority', parent: 'plan_id', label: 'priority', publishable: true },
  goal: { table: 'app.goal', parent: 'priority_id', label: 'goal', publishable: true },
  strategy: { table: 'app.strategy', parent: 'goal_id', label: 'strategy', publishable: false },
} as const;
export type PlanNodeKind = keyof typeof PLAN_NODE_KINDS;

interface Row {
  id: string;
  parent_id: string;
  title: string;
  description: string;
  owner_id: string;
  sort_order: number;
  published?: boolean;
  public_summary_en?: string;
  public_summary_es?: string;
  title_es?: string;
}

const toNode = (r: Row): PublishableNode => ({
  id: r.id,
  parentId: r.parent_id,
  title: r.title,
  description: r.description,
  ownerId: r.owner_id,
  sortOrder: r.sort_order,
  ...(r.published === undefined
    ? {}
    : { published: r.published, titleEs: r.title_es ?? '', publicSummaryEn: r.public_summary_en ?? '', publicSummaryEs: r.public_summary_es ?? '' }),
});

/** The columns every read answers; priorities and goals add their publish fields. */
function columns(kind: PlanNodeKind): string {
  const { parent, publishable } = PLAN_NODE_KINDS[kind];
  const base = `id, ${parent} AS parent_id, title, description, owner_id, sort_order`;
  return publishable ? `${base}, published, title_es, public_summary_en, public_summary_es` : base;
}

@Injectable()
export class PlanNodesService {
  constructor(private readonly db: Db) {}

  async list(kind: PlanNodeKind, query: PlanNodeQuery): Promise<PlanNode[]> {
    const { table, parent } = PLAN_NODE_KINDS[kind];
    const rows = await this.db.query<Row[]>(
      `SELECT ${columns(kind)} FROM ${table}
        WHERE $1::uuid IS NULL OR ${parent} = $1 ORDER BY ${parent}, sort_order, title`,
      [query.parentId ?? null],
    );
    return rows.map(toNode);
  }

  async get(kind: PlanNodeKind, id: string): Promise<PlanNode> {
    const { table, label } = PLAN_NODE_KINDS[kind];
    const [row] = await this.db.query<Row[]>(
      `SELECT ${columns(kind)} FROM ${table} WHERE id = $1`,
      [id],
    );
    return toNode(found(row, label, id));
  }

  /** An unknown parent or owner is refused by the foreign keys and answered 404 (DatabaseErrorsFilter). */
  async create(kind: PlanNodeKind, body: CreatePlanNodeDto): Promise<PlanNode> {
    const { table, parent, label, publishable } = PLAN_NODE_KINDS[kind];
    if (!publishable && body.titleEs !== undefined) {
      throw invalid([{ field: 'titleEs', messages: [`a ${label} is not published on its own: titleEs applies to priorities and goals`] }]);
    }
    const [row] = await this.db.execute<Row[]>(
        `INSERT INTO ${table} (${parent}, title, description, owner_id, sort_order${publishable ? ', title_es' : ''})
         VALUES ($1, $2, $3, $4, $5${publishable ? ', $6' : ''})
         RETURNING ${columns(kind)}`,
        [body.parentId, body.title, body.description ?? '', body.ownerId, body.sortOrder ?? 0, ...(publishable ? [body.titleEs ?? ''] : [])],
      )
      .catch((error: unknown) => rethrowUnknownParent(error, parent));
    return toNode(row as Row);
  }

  async update(kind: PlanNodeKind, id: string, body: UpdatePlanNodeDto): Promise<PlanNode> {
    const { table, parent, label, publishable } = PLAN_NODE_KINDS[kind];
    const publishing = { published: body.published, titleEs: body.titleEs, publicSummaryEn: body.publicSummaryEn, publicSummaryEs: body.publicSummaryEs };
    if (!publishable) {
      const given = Object.entries(publishing).filter(([, value]) => value !== undefined).map(([field]) => field);
      if (given.length) throw invalid(given.map((field) => ({ field, messages: [`a ${label} is not published on its own: ${field} applies to priorities and goals`] })));
    }
    const publish = publishable
      ? `, published = COALESCE($7, published), public_summary_en = COALESCE($8, public_summary_en), public_summary_es = COALESCE($9, public_summary_es),
         title_es = COALESCE($10, title_es)`
      : '';
    const rows = await this.db.execute<Row[]>(
      `UPDATE ${table} SET ${parent} = COALESCE($2, ${parent}), title = COALESCE($3, title),
              description = COALESCE($4, description), owner_id = COALESCE($5, owner_id), sort_order = COALESCE($6, sort_order)${publish}
        WHERE id = $1
       RETURNING ${columns(kind)}`,
      [
        id, body.parentId ?? null, body.title ?? null, body.description ?? null, body.ownerId ?? null, body.sortOrder ?? null,
        ...(publishable ? [publishing.published ?? null, publishing.publicSummaryEn ?? null, publishing.publicSummaryEs ?? null, publishing.titleEs ?? null] : []),
      ],
    ).catch((error: unknown) => rethrowUnknownParent(error, parent));
    return toNode(found(firstRow(rows), label, id));
  }

  async remove(kind: PlanNodeKind, id: string): Promise<void> {
    const { table, label } = PLAN_NODE_KINDS[kind];
    const rows = await this.db.execute<{ id: string }[]>(`DELETE FROM ${table} WHERE id = $1 RETURNING id`, [id]);
    found(firstRow(rows), label, id);
  }
}

/** The API calls every kind's parent `parentId`; the column behind it is plan_id, priority_id or goal_id. */
function rethrowUnknownParent(error: unknown, parentColumn: string): never {
  const driver = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
  if (driver?.code === '23503' && driver.constraint?.endsWith(`_${parentColumn}_fkey`)) {
    throw new NotFoundException({
      statusCode: 404,
      error: 'Not Found',
      message: 'The parent does not exist',
      errors: [{ field: 'parentId', messages: ['no parent with this id'] }],
    });
  }
  throw error;
}
