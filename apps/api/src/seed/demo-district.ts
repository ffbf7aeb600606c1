/**
 * The demo district: Riverbend Unified School District and its five-year plan "Riverbend Rising", seeded so that
 * a fresh install shows a believable plan in its third year. Deterministic: a fixed PRNG seed, ids derived from
 * stable keys (identical on every run and every day), every date and timestamp derived from `today`.
 */
import type { DataSource } from 'typeorm';
import type { IsoDate } from '@throughline/domain';
import { buildDemoContent } from './demo-content.js';
import { GROUP_CODES } from './demo-roster.js';
import { seedAccess } from './demo-accounts.js';
import { insertColumns, resetAppTables } from './demo-sql.js';

export interface SeedSummary {
  readonly schools: number;
  readonly people: number;
  readonly priorities: number;
  readonly goals: number;
  readonly metrics: number;
  readonly guardrails: number;
  readonly strategies: number;
  readonly tactics: number;
  readonly measurements: number;
  readonly statusUpdates: number;
  /** Demo sign-ins created (0 when refused, e.g. in production). */
  readonly accounts: number;
}

const DEMO_SETTINGS = {
  name: 'Riverbend Unified School District',
  timeZone: 'America/Chicago',
  schoolYearStartMonth: 7,
  minN: 10,
};

/** True when no plan and no person exist (a fresh install): then `npm start` seeds the demo district. */
export async function isDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  const [row] = await dataSource.query<{ empty: boolean }[]>(
    `SELECT NOT EXISTS (SELECT 1 FROM app.plan) AND NOT EXISTS (SELECT 1 FROM app.person) AS empty`,
  );
  return row?.empty ?? false;
}

/**
 * Seeds the demo district deterministically for `today` (same today → identical data). With reset, first empties
 * every app table except the preloaded student groups and resets district_settings to the demo's. Everything in
 * one transaction.
 */
export async function seedDemoDistrict(
  dataSource: DataSource,
  options: { readonly today: IsoDate; readonly reset?: boolean; readonly accounts?: boolean },
): Promise<SeedSummary> {
  const groups = await dataSource.query<{ id: string; code: string }[]>(`SELECT id, code FROM app.student_group WHERE system`);
  const groupIds = GROUP_CODES.map((code) => {
    const group = groups.find((g) => g.code === code);
    if (!group) throw new Error(`The preloaded student group ${code} is missing; run the migrations first`);
    return group.id;
  });
  // All the generation happens before the transaction opens, so it stays short.
  const content = buildDemoContent(options.today, groupIds);

  return dataSource.transaction(async (manager) => {
    if (options.reset) {
      await resetAppTables(manager);
    } else {
      const [row] = await manager.query<{ taken: boolean }[]>(
        `SELECT EXISTS (SELECT 1 FROM app.plan) OR EXISTS (SELECT 1 FROM app.person) OR EXISTS (SELECT 1 FROM app.school) AS taken`,
      );
      if (row?.taken) throw new Error('The database already holds district data; seed the demo district with reset to replace it');
    }
    await manager.query(
      `UPDATE app.district_settings
          SET name = $1, time_zone = $2, school_year_start_month = $3, min_n = $4, on_track_threshold = 0.95,
              watch_threshold = 0.85, rollup_mode = 'weighted', languages = '{en,es}', updated_at = $5
        WHERE id = 1`,
      [DEMO_SETTINGS.name, DEMO_SETTINGS.timeZone, DEMO_SETTINGS.schoolYearStartMonth, DEMO_SETTINGS.minN, `${options.today}T12:00:00Z`],
    );
    const counts = new Map<string, number>();
    for (const [table, columns] of content.tables) counts.set(table, await insertColumns(manager, table, columns));
    const count = (table: string) => counts.get(table) ?? 0;
    const accounts = await seedAccess(manager, { accounts: options.accounts ?? false });
    return {
      accounts,
      schools: count('school'),
      people: count('person'),
      priorities: count('priority'),
      goals: count('goal'),
      metrics: count('metric'),
      guardrails: count('guardrail'),
      strategies: count('strategy'),
      tactics: count('tactic'),
      measurements: count('measurement'),
      statusUpdates: count('status_update'),
    };
  });
}
