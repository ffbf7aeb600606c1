import { Injectable } from '@nestjs/common';
import type { StatusUpdate, Tactic } from '@throughline/domain';
import { staleVersion } from '../http/errors.js';
import { currentRequest } from '../http/request-context.js';
import type { CreateStatusUpdateDto } from './tactics.dto.js';
import { TacticsService } from './tactics.service.js';
import { Db } from '../database/db.js';

interface UpdateRow {
  id: string;
  tactic_id: string;
  status: StatusUpdate['status'];
  percent_complete: number;
  narrative: string;
  evidence_links: string[];
  author_id: string;
  created_at: Date;
}

const toStatusUpdate = (r: UpdateRow): StatusUpdate => ({
  id: r.id,
  tacticId: r.tactic_id,
  status: r.status,
  percentComplete: r.percent_complete,
  narrative: r.narrative,
  evidenceLinks: r.evidence_links,
  authorId: r.author_id,
  createdAt: r.created_at.toISOString(),
});

/** Check-ins: the owner's reported status, % complete, narrative and evidence, kept as a history. */
@Injectable()
export class StatusUpdatesService {
  constructor(
    private readonly db: Db,
    private readonly tactics: TacticsService,
  ) {}

  async list(tacticId: string): Promise<StatusUpdate[]> {
    await this.tactics.row(tacticId);
    const rows = await this.db.query<UpdateRow[]>(
      `SELECT id, tactic_id, status, percent_complete, narrative, evidence_links, author_id, created_at
         FROM app.status_update WHERE tactic_id = $1 ORDER BY created_at DESC`,
      [tacticId],
    );
    return rows.map(toStatusUpdate);
  }

  /** Records the check-in and moves the tactic to it in one transaction, on the version the owner read. */
  create(tacticId: string, body: CreateStatusUpdateDto): Promise<{ statusUpdate: StatusUpdate; tactic: Tactic }> {
    // The author is whoever is signed in: a check-in cannot be filed in someone else's name.
    const authorId = currentRequest()?.actor?.personId;
    return this.db.write(async (manager) => {
      const [locked] = await manager.query<{ version: number }[]>(`SELECT version FROM app.tactic WHERE id = $1 FOR UPDATE`, [tacticId]);
      if (!locked) await this.tactics.row(tacticId, manager); // answers 404
      if (locked && locked.version !== body.version) throw staleVersion('tactic', locked.version);
      const [row] = await manager.query<UpdateRow[]>(
        `INSERT INTO app.status_update (tactic_id, status, percent_complete, narrative, evidence_links, author_id)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6)
         RETURNING id, tactic_id, status, percent_complete, narrative, evidence_links, author_id, created_at`,
        [tacticId, body.status, body.percentComplete, body.narrative ?? '', JSON.stringify(body.evidenceLinks ?? []), authorId],
      );
      const update = row as UpdateRow;
      await manager.query(
        `UPDATE app.tactic SET status = $2, percent_complete = $3, last_check_in_at = $4, version = version + 1 WHERE id = $1`,
        [tacticId, body.status, body.percentComplete, update.created_at],
      );
      return { statusUpdate: toStatusUpdate(update), tactic: await this.tactics.get(tacticId, manager) };
    });
  }
}
