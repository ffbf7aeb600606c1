import type { EntityManager } from 'typeorm';

export type PgType = 'uuid' | 'text' | 'int' | 'numeric' | 'date' | 'timestamptz' | 'boolean' | 'jsonb';

/** Column name → its Postgres type and one value per row. */
export type Columns = Readonly<Record<string, readonly [PgType, readonly unknown[]]>>;

const CHUNK_ROWS = 5000;

/**
 * Set-based insert: one `INSERT … SELECT * FROM unnest($1::uuid[], …)` per chunk of 5,000 rows, so the whole
 * seed is a few dozen statements (fast on Postgres, and on PGlite where every round trip costs).
 */
export async function insertColumns(manager: EntityManager, table: string, columns: Columns): Promise<number> {
  const entries = Object.entries(columns);
  const rows = entries[0]?.[1][1].length ?? 0;
  for (const [name, [, values]] of entries) {
    if (values.length !== rows) throw new Error(`Seed bug: app.${table}.${name} has ${values.length} values for ${rows} rows`);
  }
  const unnest = entries.map(([, [type]], i) => `$${i + 1}::${type}[]`).join(', ');
  const sql = `INSERT INTO app.${table} (${entries.map(([name]) => name).join(', ')}) SELECT * FROM unnest(${unnest})`;
  for (let from = 0; from < rows; from += CHUNK_ROWS) {
    await manager.query(sql, entries.map(([, [, values]]) => values.slice(from, from + CHUNK_ROWS)));
  }
  return rows;
}

// Kept by a reset: schema bookkeeping, the preloaded student groups, the single settings row (updated instead),
// the job history (operational, not plan data) and the audit trail, which is append-only by policy.
const KEPT_TABLES = ['migrations', 'student_group', 'district_settings', 'job_run', 'audit_log'];

/**
 * Empties every other table of schema `app`, found in the catalog so tables added later are included (accounts and
 * sessions go with their people). District-defined student groups go; the preloaded ones stay and are switched on.
 */
export async function resetAppTables(manager: EntityManager): Promise<void> {
  const tables = await manager.query<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'app' AND tablename <> ALL($1::text[]) ORDER BY tablename`,
    [KEPT_TABLES],
  );
  if (tables.length) {
    await manager.query(`TRUNCATE ${tables.map((t) => `app."${t.tablename.replaceAll('"', '""')}"`).join(', ')} RESTART IDENTITY CASCADE`);
  }
  await manager.query(`DELETE FROM app.student_group WHERE NOT system`);
  await manager.query(`UPDATE app.student_group SET active = true WHERE system AND NOT active`);
}
