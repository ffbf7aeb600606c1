import type { AddressInfo } from 'node:net';
import { type Booted, bootstrap } from '../../../apps/api/src/bootstrap.js';
import { REDIS_URL } from './services.js';

export interface Response<T> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

/** Speaks to the API like a browser: keeps cookies and echoes the XSRF cookie in X-XSRF-TOKEN, as Angular does. */
export interface Client {
  get<T = unknown>(path: string): Promise<Response<T>>;
  send<T = unknown>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response<T>>;
  readonly cookies: Map<string, string>;
}

export interface RunningApp extends Client {
  readonly booted: Booted;
  readonly baseUrl: string;
  /** A fresh client with no cookies (anonymous). */
  client(): Client;
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
  const anonymous = createClient(baseUrl);
  return {
    ...anonymous,
    booted,
    baseUrl,
    client: () => createClient(baseUrl),
    close: () => booted.close(),
  };
}

export function createClient(baseUrl: string): Client {
  const cookies = new Map<string, string>();
  const send = async <T>(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<Response<T>> => {
    const headers: Record<string, string> = { ...extra };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (cookies.size) headers['cookie'] = [...cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; ');
    const xsrf = cookies.get('XSRF-TOKEN');
    if (xsrf && !['GET', 'HEAD'].includes(method) && !('x-xsrf-token' in extra)) headers['x-xsrf-token'] = xsrf;
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      redirect: 'manual',
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = decodeURIComponent(pair.slice(index + 1).trim());
      const expired = attributes.some((a) => /expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) cookies.delete(name);
      else cookies.set(name, value);
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  };
  return { cookies, send, get: <T>(path: string) => send<T>('GET', path) };
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

