import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type AddressInfo, createConnection, createServer } from 'node:net';
import { resolve } from 'node:path';
import { Redis } from 'ioredis';

export const ROOT = resolve(import.meta.dirname, '../../..');
/** The API as `npm start` runs it (built by `nx run api:build`, which the integration target depends on). */
export const BUILT_MAIN = resolve(ROOT, 'dist/apps/api/apps/api/src/main.js');

/** A process a test started: its output kept for diagnostics, killed by `stop` (and by `stopAll` in afterAll). */
export interface Spawned {
  readonly child: ChildProcess;
  readonly pid: number;
  /** stdout and stderr so far (the tail, for error messages). */
  output(): string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends the signal (default SIGTERM) and waits for the exit; after `graceMs` a SIGKILL follows. */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<void>;
}

const running = new Set<Spawned>();

/** Spawns a command with its own environment (no NODE_OPTIONS inherited from Jest) and tracks it. */
export function spawnTracked(command: string, args: readonly string[], env: Record<string, string | undefined>): Spawned {
  const { NODE_OPTIONS: _ignored, ...inherited } = process.env;
  const child = spawn(command, args, { cwd: ROOT, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    child.once('exit', (code, signal) => done({ code, signal }));
  });
  const spawned: Spawned = {
    child,
    pid: child.pid ?? -1,
    output: () => log,
    exited,
    async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
      running.delete(spawned);
    },
  };
  running.add(spawned);
  void exited.then(() => running.delete(spawned));
  return spawned;
}

/** Kills every process the tests started that is still running (for afterAll, whatever happened). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((p) => p.stop('SIGKILL')));
}

/** A worker-only instance of the built API on this run's database and queue prefix. */
export function spawnWorker(overrides: Record<string, string | undefined> = {}): Spawned {
  if (!existsSync(BUILT_MAIN)) throw new Error(`${BUILT_MAIN} is missing: run \`npx nx run api:build\` first`);
  return spawnTracked(process.execPath, [BUILT_MAIN], {
    NODE_ENV: 'test',
    THROUGHLINE_ROLE: 'worker',
    DATABASE_URL: process.env['IT_DATABASE_URL'],
    QUEUE_PREFIX: process.env['IT_QUEUE_PREFIX'],
    DEMO_SEED: 'never',
    LOG_LEVEL: 'warn',
    ...overrides,
  });
}

/** A TCP port free right now on loopback. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

export interface PrivateRedis {
  readonly url: string;
  readonly process: Spawned;
  /** A client of this server (closed by stop). */
  readonly client: Redis;
  stop(): Promise<void>;
}

/**
 * A redis-server of the test's own, on a free port, persisting nothing: a test may FLUSHALL it without touching the
 * machine's shared Redis.
 */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const server = spawnTracked('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no', '--bind', '127.0.0.1'], {});
  const deadline = Date.now() + 10_000;
  while (!(await answers(port))) {
    if (server.child.exitCode !== null || Date.now() > deadline) {
      await server.stop('SIGKILL');
      throw new Error(`redis-server did not start on ${port}:\n${server.output()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const url = `redis://127.0.0.1:${port}`;
  const client = new Redis(url);
  return {
    url,
    process: server,
    client,
    async stop() {
      client.disconnect();
      await server.stop('SIGTERM', 5_000);
    },
  };
}

function answers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => {
      socket.destroy();
      done(false);
    });
  });
}
