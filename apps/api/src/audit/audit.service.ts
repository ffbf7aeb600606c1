import { Injectable } from '@nestjs/common';
import type { Page } from '@throughline/domain';
import { Db } from '../database/db.js';
import type { AuditQuery } from './audit.dto.js';

export interface AuditEntry {
  readonly id: string;
  readonly at: string;
  readonly actorId: string | null;
  readonly actorName: string | null;
  readonly action: 'create' | 'update' | 'delete';
  readonly entity: string;
  readonly entityId: string;
  /** Changed fields: [before, after]. */
  readonly changes: Readonly<Record<string, readonly [unknown, unknown]>>;
  readonly requestId: string | null;
}

interface Row {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  action: AuditEntry['action'];
  entity: string;
  entity_id: string;
  changes: AuditEntry['changes'];
  request_id: string | null;
}

const toEntry = (r: Row): AuditEntry => ({
  id: r.id,
  at: r.at.toISOString(),
  actorId: r.actor_id,
  actorName: r.actor_name,
  action: r.action,
  entity: r.entity,
  entityId: r.entity_id,
  changes: r.changes,
  requestId: r.request_id,
});

/** Reads of the append-only audit trail (written by database triggers; no route edits it). */
@Injectable()
export class AuditService {
  constructor(private readonly db: Db) {}

  async list(query: AuditQuery): Promise<Page<AuditEntry>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 100;
    const params = [query.entity ?? null, query.entityId ?? null, query.actorId ?? null, query.action ?? null, query.from ?? null, query.to ?? null, query.requestId ?? null];
    const where = `($1::text IS NULL OR a.entity = $1) AND ($2::text IS NULL OR a.entity_id = $2) AND ($3::uuid IS NULL OR a.actor_id = $3)
      AND ($4::text IS NULL OR a.action = $4) AND ($5::date IS NULL OR a.at >= $5::date) AND ($6::date IS NULL OR a.at < $6::date + 1)
      AND ($7::text IS NULL OR a.request_id = $7)`;
    const [rows, [count]] = await Promise.all([
      this.db.query<Row[]>(
        `SELECT a.id, a.at, a.actor_id, p.name AS actor_name, a.action, a.entity, a.entity_id, a.changes, a.request_id
           FROM app.audit_log a LEFT JOIN app.person p ON p.id = a.actor_id
          WHERE ${where} ORDER BY a.at DESC, a.id DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
        params,
      ),
      this.db.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM app.audit_log a WHERE ${where}`, params),
    ]);
    return { items: rows.map(toEntry), total: count?.total ?? 0, page, pageSize };
  }
}
