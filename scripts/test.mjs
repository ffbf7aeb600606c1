// `npm test`: everything, in order: lint, unit (domain, api, dashboard), integration (real Postgres + Redis),
// browser e2e (Debian's Chromium). Starts Postgres/Redis when installed but stopped; installs Chromium with apt.
import { existsSync } from 'node:fs';
import { commandExists, fail, portAnswers, requireNode, runOrFail, say, sh, waitForPort } from './lib.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function ensurePostgres() {
  if (process.env.TEST_POSTGRES_URL || (await portAnswers(5432))) return;
  if (commandExists('pg_ctlcluster')) {
    say('Postgres is stopped: starting it');
    sh('pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql | sort -V | tail -n 1) main start');
    if (await waitForPort(5432, 30)) return;
  }
  fail('Postgres is not reachable on 127.0.0.1:5432: install it (apt-get install -y postgresql) or set TEST_POSTGRES_URL.');
}

async function ensureRedis() {
  if (process.env.TEST_REDIS_URL || (await portAnswers(6379))) return;
  if (commandExists('redis-server')) {
    say('Redis is stopped: starting it');
    sh('mkdir -p /var/lib/redis /var/log/redis 2>/dev/null; redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log');
    if (await waitForPort(6379, 30)) return;
  }
  fail('Redis is not reachable on 127.0.0.1:6379: install it (apt-get install -y redis-server) or set TEST_REDIS_URL.');
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() === 0 && commandExists('apt-get')) {
    say('Chromium is missing: installing Debian chromium with apt');
    if (sh('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null') && existsSync(CHROMIUM)) return;
  }
  fail(`Chromium is missing at ${CHROMIUM}: run "sudo apt-get install -y chromium" (or set CHROMIUM_PATH).`);
}

requireNode();
await ensurePostgres();
await ensureRedis();
ensureChromium();

const nx = (...args) => ['nx', ...args, '--outputStyle=static'];
await runOrFail('Lint (module boundaries: libs/domain imports no framework)', 'npx', nx('run-many', '-t', 'lint'));
await runOrFail('Unit tests: domain, api, dashboard', 'npx', nx('run-many', '-t', 'test', '-p', 'domain', 'api', 'dashboard'));
await runOrFail('Integration tests: the API on the real Postgres and Redis', 'npx', nx('run', 'api-integration:test'));
await runOrFail('Browser e2e: Chromium against the built app, with axe', 'npx', nx('run', 'e2e:e2e'));
say('All tests passed');
