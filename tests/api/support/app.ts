import type { AddressInfo } from 'node:net';
import { type Booted, bootstrap } from '../../../apps/api/src/bootstrap.js';
import { REDIS_URL } from './services.js';

export interface RunningApp {
  readonly booted: Booted;
  readonly baseUrl: string;
  get<T = unknown>(path: string): Promise<{ status: number; body: T }>;
  send<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

/** The environment of a test app: this run's database and queue prefix, quiet logs, the built dashboard not needed. */
export function testEnv(overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    DATABASE_URL: process.env['IT_DATABASE_URL'],
    REDIS_URL,
    QUEUE_PREFIX: process.env['IT_QUEUE_PREFIX'],
    STATIC_DIR: 'tests/api/support/no-dashboard',
    DEMO_SEED: 'never',
    ...overrides,
  };
}

/** Boots the real API (the same bootstrap as `npm start`) on a free port. */
export async function startApp(overrides: Record<string, string | undefined> = {}): Promise<RunningApp> {
  const booted = await bootstrap(testEnv(overrides));
  const http = booted.http;
  if (!http) throw new Error('startApp needs the HTTP role');
  await http.listen(0, '127.0.0.1');
  const { port } = http.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    booted,
    baseUrl,
    get<T>(path: string) {
      return request<T>(baseUrl, 'GET', path);
    },
    send<T>(method: string, path: string, body?: unknown) {
      return request<T>(baseUrl, method, path, body);
    },
    close: () => booted.close(),
  };
}

/** Polls until `check` returns a value (not undefined) or the time runs out. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 15_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

async function request<T>(baseUrl: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed as T };
}
