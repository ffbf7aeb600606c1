import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local HTTP server standing in for a state report-card site: the tests change what it serves. */
export async function startSourceServer(): Promise<{ url: (path: string) => string; files: Map<string, string>; requests: string[]; stop(): Promise<void> }> {
  const files = new Map<string, string>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.url} ${req.headers.authorization ?? ''}`);
    const body = files.get(req.url ?? '');
    if (body === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/tab-separated-values' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    files,
    requests,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const STATE_HEADER = ['CDS', 'RecordType', 'StudentGroup', 'Numerator', 'Denominator', 'Rate'];

/** A tab-delimited file as state report cards publish them. */
export function tsv(rows: readonly (readonly (string | number)[])[]): string {
  return [STATE_HEADER, ...rows].map((r) => r.join('\t')).join('\n') + '\n';
}
