import { PassThrough, Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import pg from 'pg';
import type { SourceRow } from '@throughline/domain';
import { DelimitedParser, DelimitedTextError } from './delimited.js';
import type { SourceSecrets } from './source-secrets.js';
import { PermanentSourceError, TransientSourceError } from './source-errors.js';

export type FileFormat = 'csv' | 'tsv' | 'xlsx' | 'json';

export interface SourceConfig {
  /** file and http: how the content is written ('auto': from the file name or Content-Type). */
  readonly format?: FileFormat | 'auto';
  /** xlsx: the sheet to read (default the first). */
  readonly sheet?: string;
  /** http */
  readonly url?: string;
  /** json: dot path to the array of rows, e.g. `data.results` (empty: the body is the array). */
  readonly jsonPath?: string;
  /** sql: one SELECT, run read-only. */
  readonly query?: string;
}

export interface NumberedRow {
  /** 1-based line of the row in the source (the header is line 1 of a file). */
  readonly line: number;
  readonly record: SourceRow;
}

export interface Fetched {
  readonly rows: AsyncIterable<NumberedRow>;
  /** Bytes when known (for progress). */
  readonly size?: number;
  /** Bytes consumed so far (for progress). */
  readonly consumed: () => number;
}

/** Detects the format from a file name or a media type. */
export function formatOf(name: string, mediaType = ''): FileFormat {
  const lower = `${name} ${mediaType}`.toLowerCase();
  if (/\.xlsx\b|spreadsheetml/.test(lower)) return 'xlsx';
  if (/\.json\b|application\/json/.test(lower)) return 'json';
  if (/\.tsv\b|\.txt\b|tab-separated/.test(lower)) return 'tsv';
  return 'csv';
}

/** Rows of a file kept in the database (uploaded, or the body of an HTTP pull). */
export function readContent(content: Buffer | Readable, format: FileFormat, config: SourceConfig, size?: number): Fetched {
  let consumed = 0;
  // Counting happens in a pass-through piped now, so no byte flows before the parser is attached (lazily, when
  // the rows are first iterated): a 'data' listener here would put the stream in flowing mode and lose them.
  // A stored file is fed in slices: one huge chunk would be parsed in one synchronous call, holding every row in
  // memory at once and blocking the event loop (HTTP, and the worker's lock renewal) until the whole file is read.
  const counted = (Buffer.isBuffer(content) ? Readable.from(slices(content), { objectMode: false }) : content).pipe(
    new PassThrough({
      transform(chunk: Buffer, _encoding, done) {
        consumed += chunk.length;
        done(null, chunk);
      },
    }),
  );
  const rows =
    format === 'xlsx' ? xlsxRows(counted, config.sheet) : format === 'json' ? jsonRows(counted, config.jsonPath) : delimitedRows(counted, format);
  return { rows, size: size ?? (Buffer.isBuffer(content) ? content.length : undefined), consumed: () => consumed };
}

const SLICE_BYTES = 64 * 1024;

function* slices(content: Buffer): Iterable<Buffer> {
  for (let offset = 0; offset < content.length; offset += SLICE_BYTES) yield content.subarray(offset, offset + SLICE_BYTES);
}

async function* delimitedRows(stream: Readable, format: 'csv' | 'tsv'): AsyncIterable<NumberedRow> {
  const parser = new DelimitedParser(format);
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of stream) yield* parser.push(decoder.write(chunk as Buffer));
    yield* parser.push(decoder.end());
    yield* parser.end();
  } catch (error) {
    if (!(error instanceof DelimitedTextError)) throw error;
    throw new PermanentSourceError(`The file could not be read as ${format.toUpperCase()}: ${error.message}`);
  }
}

async function* xlsxRows(stream: Readable, sheetName?: string): AsyncIterable<NumberedRow> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.read(stream);
  } catch (error) {
    throw new PermanentSourceError(`The file is not a readable XLSX workbook: ${(error as Error).message}`);
  }
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) throw new PermanentSourceError(`The workbook has no sheet ${sheetName ?? ''}`.trim());
  const header: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    header[col] = String(cell.text ?? '').trim();
  });
  for (let line = 2; line <= sheet.rowCount; line += 1) {
    const row = sheet.getRow(line);
    if (!row.hasValues) continue;
    const record: Record<string, string | number | null> = {};
    header.forEach((name, col) => {
      if (!name) return;
      const value = row.getCell(col).value;
      record[name] = typeof value === 'number' ? value : value === null || value === undefined ? null : String(row.getCell(col).text);
    });
    yield { line, record };
  }
}

async function* jsonRows(stream: Readable, path?: string): AsyncIterable<NumberedRow> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  let data: unknown;
  try {
    data = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw new PermanentSourceError(`The response is not JSON: ${(error as Error).message}`);
  }
  for (const key of (path ?? '').split('.').filter(Boolean)) {
    data = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  }
  if (!Array.isArray(data)) throw new PermanentSourceError(`No array of rows at JSON path "${path ?? ''}"`);
  let line = 0;
  for (const item of data) {
    line += 1;
    if (item && typeof item === 'object') yield { line, record: item as SourceRow };
  }
}

/** GETs the URL; 5xx, timeouts and network errors are transient (retried), other non-2xx permanent. */
export async function fetchHttp(config: SourceConfig, secrets: SourceSecrets, timeoutMs: number): Promise<Fetched> {
  if (!config.url) throw new PermanentSourceError('The source has no URL');
  let response: Response;
  try {
    response = await fetch(config.url, { headers: { ...(secrets.headers ?? {}) }, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (error) {
    throw new TransientSourceError(`Could not reach ${new URL(config.url).host}: ${(error as Error).message}`);
  }
  if (response.status >= 500 || response.status === 429 || response.status === 408) {
    throw new TransientSourceError(`${new URL(config.url).host} answered ${response.status} ${response.statusText}`);
  }
  if (!response.ok || !response.body) throw new PermanentSourceError(`${new URL(config.url).host} answered ${response.status} ${response.statusText}`);
  const format = !config.format || config.format === 'auto' ? formatOf(new URL(config.url).pathname, response.headers.get('content-type') ?? '') : config.format;
  const length = Number(response.headers.get('content-length') ?? 0) || undefined;
  return readContent(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), format, config, length);
}

/** Runs the SELECT in a read-only transaction with a statement timeout; SQL errors are permanent. */
export async function fetchSql(config: SourceConfig, secrets: SourceSecrets, timeoutMs: number): Promise<Fetched> {
  if (!config.query || !secrets.connectionString) throw new PermanentSourceError('The source needs a query and a connection string');
  const client = new pg.Client({ connectionString: secrets.connectionString, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new TransientSourceError(`Could not connect to the source database: ${(error as Error).message}`);
  }
  try {
    await client.query('BEGIN TRANSACTION READ ONLY');
    await client.query(`SET LOCAL statement_timeout = ${Math.floor(timeoutMs)}`);
    const result = await client.query(config.query);
    await client.query('COMMIT');
    // Dates and other driver objects become text, as they would read in a file.
    const records = result.rows.map((row) =>
      Object.fromEntries(Object.entries(row as Record<string, unknown>).map(([k, v]) => [k, v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'object' && v !== null ? String(v) : v])),
    );
    async function* rows(): AsyncIterable<NumberedRow> {
      let line = 0;
      for (const record of records) yield { line: ++line, record: record as SourceRow };
    }
    return { rows: rows(), size: records.length, consumed: () => records.length };
  } catch (error) {
    throw new PermanentSourceError(`The source query failed: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
