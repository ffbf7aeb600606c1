// `npm run bench:tree`: the plan tree for today on the seeded demo district, timed over HTTP against the built
// app on the local Postgres (a scratch database, dropped after). Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { ROOT, requireNode, runOrFail, say } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const ADMIN = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

requireNode();
await runOrFail('Building the API', 'npx', ['nx', 'run', 'api:build', '--outputStyle=static']);
const { default: pg } = await import('pg');
const name = `throughline_bench_${Date.now().toString(36)}`;
const admin = new pg.Client({ connectionString: ADMIN });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(ADMIN);
url.pathname = `/${name}`;

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
  // Every read needs a session: sign in as the demo board member (read-only), with the XSRF double-submit cookie.
  const cookies = new Map();
  const keep = (response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  };
  const cookie = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const get = (path) => fetch(`${base}${path}`, { headers: { cookie: cookie() } }).then(keep);
  await get('/auth/me');
  const login = keep(await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { cookie: cookie(), 'content-type': 'application/json', 'x-xsrf-token': cookies.get('XSRF-TOKEN') ?? '' },
    body: JSON.stringify({ email: 'board@example.org', password: 'demo' }),
  }));
  if (!login.ok) throw new Error(`sign-in as the demo board member failed: ${login.status}`);
  const plans = await (await get('/plans')).json();
  const active = plans.find((p) => p.active);
  const tree = await (await get(`/plans/${active.id}/tree`)).json();
  const goals = tree.priorities.flatMap((p) => p.goals);
  say(`tree of "${active.name}": ${tree.priorities.length} priorities, ${goals.length} goals, ${tree.tacticCounts.total} tactics, as of ${tree.asOf}`);
  // Today's tree, and a past date (tactics then read from their check-in history).
  const lastYear = `${Number(tree.asOf.slice(0, 4)) - 1}${tree.asOf.slice(4)}`;
  for (const [label, path] of [['today', `/plans/${active.id}/tree`], [`asOf=${lastYear}`, `/plans/${active.id}/tree?asOf=${lastYear}`]]) {
    for (let i = 0; i < 20; i += 1) await (await get(path)).arrayBuffer(); // warm-up
    const times = [];
    for (let i = 0; i < RUNS; i += 1) {
      const start = performance.now();
      const response = await get(path);
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      await response.arrayBuffer();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
    console.log(`BENCH tree ${label} runs=${RUNS} p50_ms=${at(0.5)} p95_ms=${at(0.95)} max_ms=${times[times.length - 1].toFixed(1)}`);
  }
} finally {
  app.kill('SIGTERM');
  await once(app, 'exit');
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
