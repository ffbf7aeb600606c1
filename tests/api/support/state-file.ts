import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The columns of the generated state-style file (tab-delimited, one row per school or district, group and month). */
export const STATE_COLUMNS = ['CDS', 'RecordType', 'StudentGroup', 'ReportingPeriod', 'Numerator', 'Denominator', 'Rate'] as const;
export const STATE_CODE = '00000000000000';
export const DISTRICT_CODE = '19647330000000';

export interface StateFileSpec {
  /** 14-digit school codes (rows of record type S). */
  readonly schools: readonly string[];
  /** The file's student-group codes (some may be unmapped, and are then skipped). */
  readonly groups: readonly string[];
  /** Period ends (ISO dates) in the ReportingPeriod column. */
  readonly periods: readonly string[];
  /** Columns to write instead of STATE_COLUMNS (e.g. one renamed, to break the mapping). */
  readonly columns?: readonly string[];
}

export interface StateFile {
  readonly text: string;
  /** Data rows (the header not counted). */
  readonly rows: number;
}

/**
 * A deterministic state report-card style file: a state total row (X) and district rows (D) per period, then a
 * row per school, group and period; small groups are withheld with `*` as states do.
 */
export function stateFile(spec: StateFileSpec): StateFile {
  const lines = [(spec.columns ?? STATE_COLUMNS).join('\t')];
  let n = 0;
  const row = (code: string, type: string, group: string, period: string) => {
    n += 1;
    const h = hash(n);
    const denominator = 3 + (h % 700);
    const withheld = denominator < 11;
    const numerator = Math.floor(hash(h) % (denominator + 1));
    const rate = ((numerator * 100) / denominator).toFixed(1);
    lines.push([code, type, group, period, withheld ? '*' : numerator, denominator, withheld ? '*' : rate].join('\t'));
  };
  for (const period of spec.periods) {
    row(STATE_CODE, 'X', 'ALL', period);
    for (const group of spec.groups) row(DISTRICT_CODE, 'D', group, period);
    for (const school of spec.schools) for (const group of spec.groups) row(school, 'S', group, period);
  }
  return { text: `${lines.join('\n')}\n`, rows: n };
}

/** `count` 14-digit school codes of one county-district prefix. */
export function schoolCodes(count: number, prefix = '1964733'): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${String(1_000_000 + i).padStart(7, '0')}`);
}

/** Month ends of `count` consecutive months ending with `last` (YYYY-MM). */
export function monthEnds(count: number, last = '2026-06'): string[] {
  const [year, month] = last.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) - (count - 1 - i);
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  });
}

function hash(x: number): number {
  let h = (x * 2_654_435_761) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

export interface Route {
  readonly body: string;
  /** Answer 503 to this many requests first. */
  readonly failFirst?: number;
  /** Always answer this status (no body). */
  readonly status?: number;
  /** Stream the body slowly: this many chunks with `delayMs` between them. */
  readonly chunks?: number;
  readonly delayMs?: number;
}

export interface ServedRequest {
  readonly path: string;
  readonly status: number;
  /** Whether the whole body went out (false: the client went away mid-stream). */
  completed: boolean;
}

export interface StateServer {
  url(path: string): string;
  readonly routes: Map<string, Route>;
  readonly requests: ServedRequest[];
  requestsTo(path: string): ServedRequest[];
  stop(): Promise<void>;
}

/** A local HTTP server standing in for a state data portal: failing on cue, or streaming a large file slowly. */
export async function startStateServer(): Promise<StateServer> {
  const routes = new Map<string, Route>();
  const requests: ServedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '';
    const route = routes.get(path);
    const seen = requests.filter((r) => r.path === path).length;
    const status = !route ? 404 : route.status ?? (seen < (route.failFirst ?? 0) ? 503 : 200);
    const served: ServedRequest = { path, status, completed: false };
    requests.push(served);
    if (!route || status !== 200) {
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 503 ? 'busy, try later' : 'no');
      served.completed = true;
      return;
    }
    const body = Buffer.from(route.body, 'utf8');
    res.writeHead(200, { 'content-type': 'text/tab-separated-values', 'content-length': String(body.length) });
    void stream(res, body, route.chunks ?? 1, route.delayMs ?? 0).then((done) => {
      served.completed = done;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    routes,
    requests,
    requestsTo: (path) => requests.filter((r) => r.path === path),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function stream(res: import('node:http').ServerResponse, body: Buffer, chunks: number, delayMs: number): Promise<boolean> {
  const size = Math.ceil(body.length / chunks);
  for (let offset = 0; offset < body.length; offset += size) {
    if (res.destroyed) return false;
    const ok = res.write(body.subarray(offset, offset + size));
    if (!ok) await new Promise<void>((resolve) => {
      const done = () => {
        res.off('drain', done);
        res.off('close', done);
        resolve();
      };
      res.once('drain', done);
      res.once('close', done);
    });
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
  if (res.destroyed) return false;
  await new Promise<void>((resolve) => res.end(resolve));
  return !res.destroyed || res.writableFinished;
}
