import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The plan's own words in Spanish, beside the English: the plan's mission, vision and values, priorities' and
 * goals' titles, metrics' names. Empty means "not translated": the Spanish public page then shows the English text,
 * marked as English for screen readers.
 */
export class SpanishPlanText1795928400000 implements MigrationInterface {
  name = 'SpanishPlanText1795928400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app.plan ADD COLUMN mission_es text NOT NULL DEFAULT '', ADD COLUMN vision_es text NOT NULL DEFAULT '',
        ADD COLUMN values_es jsonb NOT NULL DEFAULT '[]'`);
    for (const table of ['priority', 'goal']) await q.query(`ALTER TABLE app.${table} ADD COLUMN title_es text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE app.metric ADD COLUMN name_es text NOT NULL DEFAULT ''`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app.metric DROP COLUMN name_es`);
    for (const table of ['priority', 'goal']) await q.query(`ALTER TABLE app.${table} DROP COLUMN title_es`);
    await q.query(`ALTER TABLE app.plan DROP COLUMN mission_es, DROP COLUMN vision_es, DROP COLUMN values_es`);
  }
}
