/**
 * Reads delimited text (CSV, TSV, a state's `.txt` download) as records keyed by the header's column names.
 *
 * One delimiter per file, chosen from the header line: a school named "King, Martin Luther Jr. Elementary" in a
 * tab-delimited file is one cell, not two. Quoted cells follow RFC 4180 (a `""` is a quote; a quoted cell may hold
 * delimiters and line breaks); a stray quote inside an unquoted cell is kept as text. Lines without a quote, which
 * is nearly every line of a state file, take a fast path (one split), so a million rows read in about a second.
 */
import type { SourceRow } from '@throughline/domain';

export type DelimitedFormat = 'csv' | 'tsv';

export interface DelimitedRecord {
  /** 1-based line where the record starts (the header is line 1 unless blank lines precede it). */
  readonly line: number;
  readonly record: SourceRow;
}

/** Thrown for text that cannot be read as records (a quoted cell never closed). */
export class DelimitedTextError extends Error {}

const CANDIDATES: Record<DelimitedFormat, readonly string[]> = { tsv: ['\t', ','], csv: [',', ';', '\t'] };

/**
 * The delimiter of a file from its header line: a TSV (or `.txt`) is tab-delimited when its header has a tab,
 * else comma-delimited; a CSV uses whichever of comma, semicolon (European spreadsheets) and tab the header has
 * most of, commas on a tie.
 */
export function detectDelimiter(headerLine: string, format: DelimitedFormat): string {
  const outsideQuotes = headerLine.replace(/"[^"]*"/g, '');
  const count = (d: string) => outsideQuotes.split(d).length - 1;
  if (format === 'tsv') return count('\t') > 0 ? '\t' : ',';
  let best = ',';
  for (const candidate of CANDIDATES.csv) if (count(candidate) > count(best)) best = candidate;
  return best;
}

/** Incremental parser: push text as it arrives, take the complete records, then `end()` for the rest. */
export class DelimitedParser {
  private buffer = '';
  private delimiter: string | undefined;
  private header: string[] | undefined;
  /** The columns read into records: named, first of a repeated name. */
  private keys: { readonly name: string; readonly index: number }[] = [];
  /** Line number of the first character in `buffer`. */
  private line = 1;
  private started = false;

  constructor(private readonly format: DelimitedFormat) {}

  /** The header's column names (after the first record line is read). */
  get columns(): readonly string[] {
    return this.header ?? [];
  }

  push(text: string): DelimitedRecord[] {
    this.buffer += text;
    return this.drain(false);
  }

  end(): DelimitedRecord[] {
    return this.drain(true);
  }

  private drain(final: boolean): DelimitedRecord[] {
    const out: DelimitedRecord[] = [];
    let text = this.buffer;
    if (!this.started && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.started = true;
    }
    let pos = 0;
    const length = text.length;
    // The next quote in the text, found once and again only when passed (not searched afresh for every line).
    let quote = text.indexOf('"');
    while (pos < length) {
      const newline = text.indexOf('\n', pos);
      if (newline === -1 && !final) break;
      const lineEnd = newline === -1 ? length : newline;
      const next = newline === -1 ? length : newline + 1;
      if (quote !== -1 && quote < pos) quote = text.indexOf('"', pos);
      let cells: string[];
      let consumed: number;
      let lines: number;
      if (quote === -1 || quote >= lineEnd) {
        // Fast path: a line without quotes.
        const raw = text.charCodeAt(lineEnd - 1) === 13 && lineEnd > pos ? text.slice(pos, lineEnd - 1) : text.slice(pos, lineEnd);
        if (raw === '') {
          pos = next;
          this.line += 1;
          continue;
        }
        cells = raw.split((this.delimiter ??= detectDelimiter(raw, this.format)));
        consumed = next;
        lines = 1;
      } else {
        this.delimiter ??= detectDelimiter(text.slice(pos, lineEnd), this.format);
        const quoted = this.quotedRecord(text, pos, final);
        if (!quoted) break;
        ({ cells, next: consumed, lines } = quoted);
      }
      const line = this.line;
      this.line += lines;
      pos = consumed;
      if (!this.header) {
        this.header = cells.map((name) => name.trim());
        this.keys = this.header.flatMap((name, index) => (name !== '' && this.header?.indexOf(name) === index ? [{ name, index }] : []));
        continue;
      }
      // A row of empty cells (spreadsheets export trailing ",,,,," lines) is no record.
      if (cells[0]?.trim() === '' && cells.every((c) => c.trim() === '')) continue;
      out.push({ line, record: this.toRecord(cells) });
    }
    this.buffer = text.slice(pos);
    return out;
  }

  private toRecord(cells: readonly string[]): SourceRow {
    const record: Record<string, string> = {};
    for (const { name, index } of this.keys) record[name] = cells[index] ?? '';
    return record;
  }

  /** A record with quoted cells, from `start`; undefined when it continues past the text received so far. */
  private quotedRecord(text: string, start: number, final: boolean): { cells: string[]; next: number; lines: number } | undefined {
    const delimiter = this.delimiter as string;
    const cells: string[] = [];
    let cell = '';
    let pos = start;
    let lines = 1;
    const length = text.length;
    for (;;) {
      if (text[pos] === '"') {
        // A quoted cell: up to the closing quote, "" being one quote; line breaks inside are part of the cell.
        pos += 1;
        for (;;) {
          const close = text.indexOf('"', pos);
          if (close === -1) {
            if (!final) return undefined;
            throw new DelimitedTextError(`line ${this.line}: a quoted cell is never closed`);
          }
          const part = text.slice(pos, close);
          for (let i = part.indexOf('\n'); i !== -1; i = part.indexOf('\n', i + 1)) lines += 1;
          cell += part;
          if (close + 1 >= length && !final) return undefined;
          if (text[close + 1] === '"') {
            cell += '"';
            pos = close + 2;
            continue;
          }
          pos = close + 1;
          break;
        }
      }
      // The unquoted rest of the cell (all of it for an unquoted cell): up to the delimiter or the line's end.
      let end = pos;
      while (end < length && text[end] !== delimiter && text[end] !== '\n') end += 1;
      if (end >= length && !final) return undefined;
      cell += text.slice(pos, end);
      if (text[end] === delimiter) {
        cells.push(cell);
        cell = '';
        pos = end + 1;
        continue;
      }
      cells.push(cell.endsWith('\r') ? cell.slice(0, -1) : cell);
      return { cells, next: end < length ? end + 1 : end, lines };
    }
  }
}
