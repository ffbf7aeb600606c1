import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Community feedback joins the audit trail (stored, marked read, marked unread), but the writer's name and email
 * stay out of it: the trail is read by every signed-in user per record, the feedback inbox only by the cabinet.
 */
export class AuditFeedback1795838400000 implements MigrationInterface {
  name = 'AuditFeedback1795838400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION app.audit_feedback() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        old_row jsonb := CASE WHEN TG_OP = 'INSERT' THEN '{}'::jsonb ELSE to_jsonb(OLD) - 'name' - 'email' END;
        new_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN '{}'::jsonb ELSE to_jsonb(NEW) - 'name' - 'email' END;
        diff jsonb;
      BEGIN
        SELECT jsonb_object_agg(k, jsonb_build_array(old_row -> k, new_row -> k)) INTO diff
          FROM (SELECT jsonb_object_keys(old_row) AS k UNION SELECT jsonb_object_keys(new_row)) keys
         WHERE (old_row -> k) IS DISTINCT FROM (new_row -> k);
        IF diff IS NULL THEN
          RETURN NULL;
        END IF;
        INSERT INTO app.audit_log (actor_id, action, entity, entity_id, changes, request_id)
        VALUES (NULLIF(current_setting('throughline.actor_id', true), '')::uuid,
                CASE TG_OP WHEN 'INSERT' THEN 'create' WHEN 'UPDATE' THEN 'update' ELSE 'delete' END,
                TG_TABLE_NAME, COALESCE(new_row ->> 'id', old_row ->> 'id'), diff,
                NULLIF(current_setting('throughline.request_id', true), ''));
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON app.feedback FOR EACH ROW EXECUTE FUNCTION app.audit_feedback()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit ON app.feedback`);
    await q.query(`DROP FUNCTION app.audit_feedback()`);
  }
}
