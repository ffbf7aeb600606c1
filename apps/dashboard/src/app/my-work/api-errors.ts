import { HttpErrorResponse } from '@angular/common/http';

/** Messages by field path (`narrative`, `measurements[3].value`), as the API answers a 400 or an unknown id. */
export type FieldMessages = Readonly<Record<string, readonly string[]>>;

interface ErrorBody {
  readonly message?: unknown;
  readonly errors?: readonly { readonly field?: unknown; readonly messages?: unknown }[];
}

/** The API's per-field messages of a failed request (empty when it gave none). */
export function fieldMessages(error: unknown): FieldMessages {
  const body = error instanceof HttpErrorResponse ? (error.error as ErrorBody | null) : null;
  const found: Record<string, string[]> = {};
  for (const entry of Array.isArray(body?.errors) ? body.errors : []) {
    if (typeof entry.field !== 'string' || !Array.isArray(entry.messages)) continue;
    found[entry.field] = [...(found[entry.field] ?? []), ...(entry.messages as unknown[]).filter((m): m is string => typeof m === 'string')];
  }
  return found;
}

type Translate = (text: string, params?: Readonly<Record<string, string | number>>) => string;

/**
 * The API's own sentence for a failed request (in Spanish when the dictionary knows it), or a plain one when the
 * server could not answer.
 */
export function apiMessage(error: unknown, t: Translate = (text, params) => fill(text, params)): string {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) return t('The server did not answer. Check your connection and try again.');
    const body = error.error as ErrorBody | null;
    // A 400's own words are per field ("from must be on or before to"); "Validation failed" alone says little.
    const fields = Object.values(fieldMessages(error)).flat();
    if (fields.length) return fields.map((message) => t(message)).join(' ');
    if (body && typeof body.message === 'string') return t(body.message);
    return t('The server answered {status} {text}.', { status: error.status, text: error.statusText });
  }
  return error instanceof Error ? error.message : String(error);
}

/** Whether the request failed because the record changed since it was read (optimistic concurrency). */
export function isConflict(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === 409;
}

function fill(text: string, params?: Readonly<Record<string, string | number>>): string {
  return params ? text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole)) : text;
}
