// `npm run bench:ingest`: one 1,000,000-row state-style file uploaded to a file source of the seeded demo district
// and collected by the built app (parse → map → stage by COPY → one merge), timed from the upload to the run's end;
// then the same file loaded by a bare COPY into a plain table, as the floor. A scratch database on the local
// Postgres, dropped after. Prints figures; asserts nothing. BENCH_ROWS changes the size.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdirSync, openAsBlob, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ROOT, requireNode, runOrFail, say } from './lib.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const ADMIN = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const FILE = resolve(ROOT, 'tmp/bench/state-file.txt');
const COLUMNS = ['CDS', 'RecordType', 'StudentGroup', 'ReportingPeriod', 'Numerator', 'Denominator', 'Rate'];
const DISTRICT_CODE = '48729150000000';
const STATE_CODE = '00000000000000';

requireNode();
await runOrFail('Building the API', 'npx', ['nx', 'run', 'api:build', '--outputStyle=static']);
const { default: pg } = await import('pg');
const { from: copyFrom } = await import('pg-copy-streams');
const name = `throughline_bench_${Date.now().toString(36)}`;
const admin = new pg.Client({ connectionString: ADMIN });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(ADMIN);
url.pathname = `/${name}`;
const db = new pg.Client({ connectionString: url.toString() });

const port = await new Promise((done) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port: p } = server.address();
    server.close(() => done(p));
  });
});
const app = spawn(process.execPath, [resolve(ROOT, 'dist/apps/api/apps/api/src/main.js')], {
  cwd: ROOT,
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: url.toString(), QUEUE_PREFIX: name, LOG_LEVEL: 'warn', DEMO_SEED: 'auto' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
try {
  const base = `http://127.0.0.1:${port}/api`;
  const bootStart = performance.now();
  for (;;) {
    const ok = await fetch(`${base}/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (app.exitCode !== null) throw new Error('the app exited');
    await new Promise((r) => setTimeout(r, 200));
  }
  say(`booted, migrated and seeded in ${Math.round(performance.now() - bootStart)} ms`);
  await db.connect();

  // What the demo district has: its schools' codes, the student groups, a percent metric.
  const schools = (await db.query(`SELECT code FROM app.school ORDER BY code`)).rows.map((r) => r.code);
  const groups = (await db.query(`SELECT code FROM app.student_group WHERE active ORDER BY sort_order`)).rows.map((r) => r.code);
  const metric = (await db.query(`SELECT id, name FROM app.metric WHERE unit = 'percent' ORDER BY name LIMIT 1`)).rows[0];
  if (!schools.length || !metric) throw new Error('the demo district was not seeded');

  const generated = await writeStateFile(schools, groups);
  say(`${FILE}: ${generated.rows} rows, ${(statSync(FILE).size / 1e6).toFixed(1)} MB (${schools.length} schools × ${groups.length} groups × ${generated.days} days, generated in ${generated.ms} ms)`);

  const client = await signIn(base, 'admin@example.org', 'demo');
  const source = await client.send('POST', '/sources', {
    name: 'Bench: state file',
    kind: 'file',
    config: { format: 'tsv' },
    mapping: {
      // One row per school or district, group and day: a million distinct measurements, none of the demo's.
      period: { column: 'ReportingPeriod', kind: 'month' },
      school: { column: 'CDS' },
      recordType: { column: 'RecordType', school: ['S'], district: ['D'], ignore: ['X'] },
      group: { column: 'StudentGroup', codes: Object.fromEntries(groups.map((g) => [g, g])), unmapped: 'skip' },
      metrics: [{ metricId: metric.id, value: 'Rate', numerator: 'Numerator', denominator: 'Denominator' }],
    },
  });

  const form = new FormData();
  form.append('file', await openAsBlob(FILE, { type: 'text/tab-separated-values' }), 'state-file.txt');
  const start = performance.now();
  const uploaded = await client.send('POST', `/sources/${source.id}/files`, form);
  const uploadMs = performance.now() - start;
  // Polled as the dashboard would: the slowest answer shows whether the API stays responsive during the run.
  let run = uploaded.run;
  let slowestPollMs = 0;
  let lastRead = 0;
  let lastReadMs = 0;
  while (!['succeeded', 'partial', 'failed'].includes(run.state)) {
    await new Promise((r) => setTimeout(r, 100));
    const asked = performance.now();
    run = await client.send('GET', `/runs/${run.id}`);
    slowestPollMs = Math.max(slowestPollMs, performance.now() - asked);
    if (run.state === 'running' && run.rows.read > lastRead) [lastRead, lastReadMs] = [run.rows.read, performance.now() - start];
  }
  const ingestMs = performance.now() - start;
  if (run.state === 'failed') throw new Error(`the run failed: ${run.error}`);
  const phases = (
    await db.query(
      `SELECT extract(epoch FROM started_at - queued_at) * 1000 AS wait_ms, extract(epoch FROM finished_at - started_at) * 1000 AS run_ms
         FROM app.collection_run WHERE id = $1`,
      [run.id],
    )
  ).rows[0];
  say(`upload (HTTP + stored) ${Math.round(uploadMs)} ms, queued ${Math.round(phases.wait_ms)} ms, run ${Math.round(phases.run_ms)} ms; upload to end ${Math.round(ingestMs)} ms`);
  say(`last progress: ${lastRead} rows read at ${Math.round(lastReadMs)} ms (progress is written every 20,000 rows); the stage merge and commit after it`);
  say(`slowest GET /api/runs/:id while it ran: ${Math.round(slowestPollMs)} ms`);
  say(`run ${run.state}: ${JSON.stringify(run.rows)}`);

  // The floor: the same bytes through COPY into a plain table of the file's columns.
  await db.query(`CREATE TABLE bench_copy (${COLUMNS.map((c) => `"${c}" text`).join(', ')})`);
  const copyStart = performance.now();
  await pipeline(createReadStream(FILE), db.query(copyFrom(`COPY bench_copy FROM STDIN (FORMAT csv, DELIMITER E'\\t', HEADER true)`)));
  const copyMs = performance.now() - copyStart;
  const copied = Number((await db.query(`SELECT count(*) AS n FROM bench_copy`)).rows[0].n);
  say(`COPY of the file: ${copied} rows in ${Math.round(copyMs)} ms`);

  console.log(`BENCH ingest rows_per_s=${Math.round(generated.rows / (ingestMs / 1000))} copy_rows_per_s=${Math.round(copied / (copyMs / 1000))}`);
} finally {
  await db.end().catch(() => undefined);
  app.kill('SIGTERM');
  if (app.exitCode === null) await once(app, 'exit');
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}

/** A state report-card style file: per day a state row (X, skipped), district rows (D), then school rows (S); ~6 % withheld (`*`). */
async function writeStateFile(schools, groups) {
  const started = performance.now();
  mkdirSync(resolve(FILE, '..'), { recursive: true });
  const out = createWriteStream(FILE);
  const write = (text) => (out.write(text) ? undefined : once(out, 'drain'));
  await write(`${COLUMNS.join('\t')}\n`);
  let rows = 0;
  let day = Date.UTC(1990, 0, 1);
  let days = 0;
  let seed = 42;
  const next = () => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return seed;
  };
  const line = (code, type, group, period) => {
    rows += 1;
    const denominator = 5 + (next() % 800);
    const numerator = next() % (denominator + 1);
    const withheld = denominator < 11 || next() % 20 === 0;
    return `${code}\t${type}\t${group}\t${period}\t${withheld ? '*' : numerator}\t${denominator}\t${withheld ? '*' : ((numerator * 100) / denominator).toFixed(1)}\n`;
  };
  while (rows < ROWS) {
    const period = new Date(day).toISOString().slice(0, 10);
    const chunk = [line(STATE_CODE, 'X', 'ALL', period)];
    for (const group of groups) if (rows < ROWS) chunk.push(line(DISTRICT_CODE, 'D', group, period));
    for (const school of schools) for (const group of groups) if (rows < ROWS) chunk.push(line(school, 'S', group, period));
    await write(chunk.join(''));
    day += 86_400_000;
    days += 1;
  }
  out.end();
  await once(out, 'finish');
  return { rows, days, ms: Math.round(performance.now() - started) };
}

/** Signs in like the dashboard: keeps the session and XSRF cookies and echoes the XSRF token on writes. */
async function signIn(base, email, password) {
  const cookies = new Map();
  const send = async (method, path, body) => {
    const headers = {};
    if (cookies.size) headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET' && cookies.has('XSRF-TOKEN')) headers['x-xsrf-token'] = decodeURIComponent(cookies.get('XSRF-TOKEN'));
    if (body !== undefined && !(body instanceof FormData)) headers['content-type'] = 'application/json';
    const response = await fetch(`${base}${path}`, { method, headers, body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body) });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const index = pair.indexOf('=');
      cookies.set(pair.slice(0, index).trim(), pair.slice(index + 1).trim());
    }
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
    return text ? JSON.parse(text) : undefined;
  };
  await send('POST', '/auth/login', { email, password });
  return { send };
}
