import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The three references of a measurement: its column, the parent table, and what deleting a parent does. */
const REFERENCES = [
  { column: 'metric_id', parent: 'metric', onDelete: 'cascade' },
  { column: 'school_id', parent: 'school', onDelete: 'cascade' },
  { column: 'group_id', parent: 'student_group', onDelete: 'restrict' },
] as const;

/**
 * A measurement's references to its metric, school and student group are checked once per statement instead of
 * once per row. Postgres checks a foreign key with one lookup per inserted row: loading a million-row state file
 * spent 11.5 of its 23 seconds of merge there. The same rules now run set-based in statement triggers over the
 * statement's rows (transition tables):
 * - inserting or updating measurements locks the referenced parents FOR KEY SHARE, as a foreign key does, so a
 *   concurrent delete of the parent waits, then fails with the foreign key's SQLSTATE (23503), constraint name and
 *   message, so callers see the same error as before;
 * - deleting metrics or schools deletes their measurements (was ON DELETE CASCADE); deleting a student group that
 *   measurements still use fails (was NO ACTION).
 */
export class MeasurementReferencesPerStatement1795924800000 implements MigrationInterface {
  name = 'MeasurementReferencesPerStatement1795924800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE app.measurement ${REFERENCES.map((r) => `DROP CONSTRAINT measurement_${r.column}_fkey`).join(', ')}`,
    );
    const checks = REFERENCES.map(
      ({ column, parent }) => `
        PERFORM 1 FROM app.${parent} WHERE id IN (SELECT DISTINCT ${column} FROM new_rows) FOR KEY SHARE;
        SELECT n.${column}::text INTO missing FROM (SELECT DISTINCT ${column} FROM new_rows WHERE ${column} IS NOT NULL) n
         WHERE NOT EXISTS (SELECT 1 FROM app.${parent} p WHERE p.id = n.${column}) LIMIT 1;
        IF missing IS NOT NULL THEN
          RAISE EXCEPTION 'insert or update on table "measurement" violates foreign key constraint "measurement_${column}_fkey"'
            USING ERRCODE = 'foreign_key_violation', SCHEMA = 'app', TABLE = 'measurement', CONSTRAINT = 'measurement_${column}_fkey',
                  DETAIL = format('Key (${column})=(%s) is not present in table "${parent}".', missing);
        END IF;`,
    ).join('\n');
    await q.query(`
      CREATE FUNCTION app.measurement_references_check() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        missing text;
      BEGIN
        ${checks}
        RETURN NULL;
      END $$`);
    for (const event of ['insert', 'update']) {
      await q.query(`
        CREATE TRIGGER measurement_references_${event} AFTER ${event.toUpperCase()} ON app.measurement
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app.measurement_references_check()`);
    }

    for (const { column, parent, onDelete } of REFERENCES) {
      const body =
        onDelete === 'cascade'
          ? `DELETE FROM app.measurement WHERE ${column} IN (SELECT id FROM old_rows);`
          : `IF EXISTS (SELECT 1 FROM app.measurement m JOIN old_rows o ON m.${column} = o.id) THEN
               RAISE EXCEPTION 'update or delete on table "${parent}" violates foreign key constraint "measurement_${column}_fkey" on table "measurement"'
                 USING ERRCODE = 'foreign_key_violation', SCHEMA = 'app', TABLE = '${parent}', CONSTRAINT = 'measurement_${column}_fkey';
             END IF;`;
      await q.query(`
        CREATE FUNCTION app.measurement_${parent}_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          ${body}
          RETURN NULL;
        END $$`);
      await q.query(`
        CREATE TRIGGER measurement_references AFTER DELETE ON app.${parent}
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app.measurement_${parent}_deleted()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { parent } of REFERENCES) {
      await q.query(`DROP TRIGGER measurement_references ON app.${parent}`);
      await q.query(`DROP FUNCTION app.measurement_${parent}_deleted()`);
    }
    for (const event of ['insert', 'update']) await q.query(`DROP TRIGGER measurement_references_${event} ON app.measurement`);
    await q.query(`DROP FUNCTION app.measurement_references_check()`);
    await q.query(`
      ALTER TABLE app.measurement
        ADD CONSTRAINT measurement_metric_id_fkey FOREIGN KEY (metric_id) REFERENCES app.metric(id) ON DELETE CASCADE,
        ADD CONSTRAINT measurement_school_id_fkey FOREIGN KEY (school_id) REFERENCES app.school(id) ON DELETE CASCADE,
        ADD CONSTRAINT measurement_group_id_fkey FOREIGN KEY (group_id) REFERENCES app.student_group(id)`);
  }
}
