import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { isoDateInZone, schoolYearOf } from '@throughline/domain';
import { seedDemoDistrict } from '../../apps/api/src/seed/demo-district.js';
import { type Client, type RunningApp, startApp } from './support/app.js';
import { dataSourceOf, truncateAll } from './support/db.js';
import { asAdmin, createUser, signIn } from './support/users.js';

/**
 * The disclosure walk: the demo district plus deliberately unpublished items and small-n figures with sentinel
 * values; then every GET route the OpenAPI document lists under /api/public (anonymous) and /api/scorecards (a
 * board member) is called with every id and query value the list answers reveal, and no answer (JSON, PDF text or
 * spreadsheet cells) may contain a sentinel value, a sentinel title or an unpublished item's id.
 */
const SENTINEL_VALUES = ['87.654', '76.543', '65.432', '55.555', '44.444'];
const SENTINEL_TITLE = 'UNPUBLISHED-SENTINEL';

interface OpenApi {
  paths: Record<string, Record<string, { parameters?: { name: string; in: string; required?: boolean; schema?: { enum?: unknown[]; minimum?: number; maximum?: number } }[] }>>;
}

interface Visit {
  readonly url: string;
  readonly status: number;
  readonly text: string;
}

let baseUrl = '';

describe('disclosure walk over every public and board endpoint', () => {
  let app: RunningApp;
  let board: Client;
  const hiddenIds: string[] = [];

  beforeAll(async () => {
    app = await startApp();
    baseUrl = app.baseUrl;
    await truncateAll(app);
    const ds = dataSourceOf(app);
    const today = isoDateInZone(Date.now(), 'America/Chicago');
    await seedDemoDistrict(ds, { today, reset: true, accounts: false });
    await asAdmin(app);
    board = await signIn(app, await createUser(app, ['board']));

    const [plan] = await ds.query<{ id: string }[]>(`SELECT id FROM app.plan WHERE active`);
    const [first] = await ds.query<{ priority_id: string; goal_id: string; owner_id: string }[]>(
      `SELECT p.id AS priority_id, g.id AS goal_id, g.owner_id FROM app.priority p JOIN app.goal g ON g.priority_id = p.id
        WHERE p.plan_id = $1 ORDER BY p.sort_order, g.sort_order LIMIT 1`,
      [plan?.id],
    );
    if (!plan || !first) throw new Error('the demo district has no active plan');
    const one = async <T>(sql: string, params: unknown[]) => ((await ds.query<T[]>(sql, params))[0] as T);
    const groups = Object.fromEntries((await ds.query<{ id: string; code: string }[]>(`SELECT id, code FROM app.student_group`)).map((g) => [g.code, g.id]));
    const metric = (goalId: string, name: string, published = true) =>
      one<{ id: string }>(
        `INSERT INTO app.metric (goal_id, name, unit, direction, kind, cadence, owner_id, disaggregation, published)
         VALUES ($1, $2, 'percent', 'up', 'lagging', 'annual', $3, 'group', $4) RETURNING id`,
        [goalId, name, first.owner_id, published],
      );
    const measure = (metricId: string, periodEnd: string, groupId: string, value: number, n: number, suppressed = false) =>
      ds.query(
        `INSERT INTO app.measurement (metric_id, period_end, period_kind, group_id, value, denominator, suppressed)
         VALUES ($1, $2, 'year', $3, $4, $5, $6)
         ON CONFLICT ON CONSTRAINT measurement_natural_key DO UPDATE SET value = EXCLUDED.value, denominator = EXCLUDED.denominator, suppressed = EXCLUDED.suppressed`,
        [metricId, periodEnd, groupId, value, n, suppressed],
      );
    const lastYearEnd = schoolYearOf(today, 7).start.replace(/-07-01$/, '-06-30');

    // Unpublished: a goal (with a metric), a metric under a published goal, a priority (with a published goal).
    const hiddenGoal = await one<{ id: string }>(
      `INSERT INTO app.goal (priority_id, title, owner_id, published) VALUES ($1, $2, $3, false) RETURNING id`,
      [first.priority_id, `${SENTINEL_TITLE} goal`, first.owner_id],
    );
    const hiddenGoalMetric = await metric(hiddenGoal.id, `${SENTINEL_TITLE} metric of a hidden goal`);
    await measure(hiddenGoalMetric.id, lastYearEnd, groups['ALL'] as string, 55.555, 800);
    const hiddenMetric = await metric(first.goal_id, `${SENTINEL_TITLE} metric`, false);
    await measure(hiddenMetric.id, lastYearEnd, groups['ALL'] as string, 44.444, 800);
    const hiddenPriority = await one<{ id: string }>(
      `INSERT INTO app.priority (plan_id, title, owner_id, published, sort_order) VALUES ($1, $2, $3, false, 99) RETURNING id`,
      [plan.id, `${SENTINEL_TITLE} priority`, first.owner_id],
    );
    const orphanGoal = await one<{ id: string }>(
      `INSERT INTO app.goal (priority_id, title, owner_id) VALUES ($1, $2, $3) RETURNING id`,
      [hiddenPriority.id, `${SENTINEL_TITLE} goal of a hidden priority`, first.owner_id],
    );
    hiddenIds.push(hiddenGoal.id, hiddenGoalMetric.id, hiddenMetric.id, hiddenPriority.id, orphanGoal.id);

    // Small n: a published metric with its groups published; one group under min n, one withheld by the source with
    // a stored value, and an All Students figure of 5 students.
    const open = await metric(first.goal_id, 'Published metric with small groups');
    await ds.query(`UPDATE app.metric SET publish_groups = true WHERE id = $1`, [open.id]);
    await measure(open.id, lastYearEnd, groups['ALL'] as string, 61.2, 900);
    await measure(open.id, lastYearEnd, groups['EL'] as string, 58.1, 200);
    await measure(open.id, lastYearEnd, groups['MIG'] as string, 87.654, 4);
    await measure(open.id, lastYearEnd, groups['HOM'] as string, 76.543, 300, true);
    const tiny = await metric(first.goal_id, 'Published metric of a tiny program');
    await measure(tiny.id, lastYearEnd, groups['ALL'] as string, 65.432, 5);
  });
  afterAll(async () => {
    await app.close();
  });

  it('finds no sentinel value, sentinel title or unpublished id in any answer', async () => {
    const doc = (await app.client().get<OpenApi>('/api/docs-json')).body;
    const [publicVisits, boardVisits] = [
      await walk(app.client(), doc, '/api/public', hiddenIds),
      await walk(board, doc, '/api/scorecards', hiddenIds, (await board.get<{ id: string }[]>('/api/plans')).body.map((p) => p.id)),
    ];
    const visits = [...publicVisits, ...boardVisits];
    const leaks = visits.flatMap((v) =>
      [...SENTINEL_VALUES, SENTINEL_TITLE, ...hiddenIds.filter((id) => !v.url.includes(id))]
        .filter((needle) => v.text.includes(needle))
        .map((needle) => `${v.url} (${v.status}) contains ${needle}`),
    );
    expect(leaks).toEqual([]);
    // The walk reached real data: the public page, its goals, the unpublished ids (404) and the board's scorecards.
    expect(publicVisits.filter((v) => v.status === 200).length).toBeGreaterThan(3);
    expect(publicVisits.filter((v) => hiddenIds.some((id) => v.url.includes(id))).every((v) => v.status === 404)).toBe(true);
    expect(boardVisits.filter((v) => v.status === 200).length).toBeGreaterThan(0);
  });
});

/** Calls every GET route under `prefix` with the ids and query values earlier answers revealed (breadth first). */
async function walk(client: Client, doc: OpenApi, prefix: string, probeIds: readonly string[], planIds: readonly string[] = []): Promise<Visit[]> {
  const known = new Map<string, Set<string>>([['planId', new Set(planIds)], ['id', new Set(probeIds)]]);
  const routes = Object.entries(doc.paths)
    .filter(([path, ops]) => path.startsWith(prefix) && ops['get'])
    // Routes without path parameters first: they are the lists the others take their ids from.
    .sort(([a], [b]) => Number(a.includes('{')) - Number(b.includes('{')));
  const visits: Visit[] = [];
  const seen = new Set<string>();
  for (const [template, ops] of routes) {
    for (const url of urlsOf(template, ops['get']?.parameters ?? [], known)) {
      if (seen.has(url)) continue;
      seen.add(url);
      const visit = await fetchText(client, url);
      visits.push(visit);
      if (visit.status === 200) harvest(tryJson(visit.text), known);
    }
  }
  return visits;
}

function urlsOf(template: string, parameters: NonNullable<OpenApi['paths'][string][string]['parameters']>, known: Map<string, Set<string>>): string[] {
  const values = (name: string, schema?: { enum?: unknown[]; minimum?: number; maximum?: number }): string[] => {
    if (schema?.enum) return schema.enum.map(String);
    if (schema?.minimum !== undefined && schema.maximum !== undefined && schema.maximum - schema.minimum <= 4) {
      return Array.from({ length: schema.maximum - schema.minimum + 1 }, (_, i) => String((schema.minimum as number) + i));
    }
    return [...(known.get(name) ?? [])].slice(0, 40);
  };
  let urls = [template];
  for (const p of parameters) {
    if (p.in === 'path') {
      const options = values(p.name, p.schema);
      urls = urls.flatMap((u) => options.map((v) => u.replace(`{${p.name}}`, encodeURIComponent(v))));
    } else if (p.in === 'query') {
      const options = values(p.name, p.schema);
      // Optional parameters are also tried absent; required ones without any known value leave the route unwalked.
      const choices = p.required ? options : ['', ...options];
      urls = urls.flatMap((u) => choices.map((v) => (v === '' ? u : `${u}${u.includes('?') ? '&' : '?'}${p.name}=${encodeURIComponent(v)}`)));
    }
  }
  return urls.filter((u) => !u.includes('{')).slice(0, 200);
}

/** The raw bytes (the test client decodes text), read as the user would: JSON and text as is, PDF text, sheet cells. */
async function fetchText(client: Client, url: string): Promise<Visit> {
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; ');
  const response = await fetch(`${baseUrl}${url}`, { headers: cookie ? { cookie } : {} });
  const type = response.headers.get('content-type') ?? '';
  const bytes = Buffer.from(await response.arrayBuffer());
  const text = type.includes('pdf') ? await pdfText(bytes) : type.includes('spreadsheet') ? await xlsxText(bytes) : bytes.toString('utf8');
  return { url, status: response.status, text };
}

async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: `${process.cwd()}/node_modules/pdfjs-dist/standard_fonts/` }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i += 1) {
    const content = await (await pdf.getPage(i)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return parts.join('\n');
}

async function xlsxText(bytes: Buffer): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text ?? cell.value)))));
  return cells.join('\n');
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Every primitive under every key, so later routes can use what earlier answers listed (ids, quarters, years). */
function harvest(value: unknown, known: Map<string, Set<string>>, key = ''): void {
  if (Array.isArray(value)) for (const item of value) harvest(item, known, key);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) harvest(v, known, k);
  else if ((typeof value === 'string' || typeof value === 'number') && key) {
    const set = known.get(key) ?? new Set<string>();
    set.add(String(value));
    known.set(key, set);
  }
}
