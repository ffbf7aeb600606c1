import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a review's agenda was last generated: the agenda is derived from live data and can be regenerated while the
 * review is open, so the meeting needs to see (and the audit trail to record) how fresh it is.
 */
export class AddReviewAgendaGeneratedAt1795665600000 implements MigrationInterface {
  name = 'AddReviewAgendaGeneratedAt1795665600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app.review ADD COLUMN agenda_generated_at timestamptz NOT NULL DEFAULT now()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app.review DROP COLUMN agenda_generated_at`);
  }
}
