import { DataSource } from 'typeorm';
import type { RunningApp } from './app.js';

/** The application tables requests change (all of schema app but the migration ledger, sessions and throttle counters). */
export async function appTables(dataSource: DataSource): Promise<string[]> {
  const rows = await dataSource.query<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'app' AND table_type = 'BASE TABLE'
       AND table_name NOT IN ('migrations', 'session', 'rate_limit') ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name);
}

/** One digest of every app table's full content: equal digests before and after = nothing changed. */
export async function contentDigest(dataSource: DataSource): Promise<Record<string, string>> {
  const tables = await appTables(dataSource);
  const parts = tables.map(
    (t) => `SELECT '${t}' AS name, md5(COALESCE(string_agg(x::text, '|' ORDER BY x::text), '')) AS digest FROM app.${t} x`,
  );
  const rows = await dataSource.query<{ name: string; digest: string }[]>(parts.join(' UNION ALL '));
  return Object.fromEntries(rows.map((r) => [r.name, r.digest]));
}

/** Empties every app table except the preloaded student groups and the settings row (reset to defaults). */
export async function truncateAll(app: RunningApp): Promise<void> {
  const dataSource = app.booted.context.get(DataSource);
  const tables = (await appTables(dataSource)).filter((t) => !['student_group', 'district_settings'].includes(t));
  await dataSource.query(`TRUNCATE ${tables.map((t) => `app.${t}`).join(', ')} RESTART IDENTITY CASCADE`);
  await dataSource.query(`DELETE FROM app.student_group WHERE NOT system`);
  await dataSource.query(`DELETE FROM app.district_settings; INSERT INTO app.district_settings (id) VALUES (1)`);
}

/** The app's own DataSource (the default connection's token is the DataSource class). */
export function dataSourceOf(app: RunningApp): DataSource {
  return app.booted.context.get(DataSource);
}
