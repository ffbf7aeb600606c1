import { HttpErrorResponse } from '@angular/common/http';

/** The API's 400 body: `{ errors: [{ field, messages }] }` (apps/api/src/http/validation.ts). */
export type FieldErrors = Readonly<Record<string, readonly string[]>>;

/** Messages per field from a 400, each as a sentence; empty for any other error. */
export function fieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof HttpErrorResponse) || error.status !== 400) return {};
  const body = error.error as { errors?: unknown } | null;
  if (!body || !Array.isArray(body.errors)) return {};
  const result: Record<string, string[]> = {};
  for (const entry of body.errors as { field?: unknown; messages?: unknown }[]) {
    if (typeof entry.field !== 'string' || !Array.isArray(entry.messages)) continue;
    result[entry.field] = [...(result[entry.field] ?? []), ...entry.messages.filter((m): m is string => typeof m === 'string').map(sentence)];
  }
  return result;
}

/** The text in the reader's language (I18n); English by default. */
export interface Translator {
  t(text: string, params?: Readonly<Record<string, string | number>>): string;
}

const ENGLISH: Translator = {
  t: (text, params) => (params ? text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole)) : text),
};

/** One line for the alert beside a sign-in form: the API's own words when it gave some. */
export function describeAuthError(error: unknown, i18n: Translator = ENGLISH): string {
  if (!(error instanceof HttpErrorResponse)) return i18n.t('Something went wrong. Try again.');
  if (error.status === 0) return i18n.t('The server did not answer. Check your connection and try again.');
  const body = error.error as { message?: unknown } | null;
  const message = body && typeof body.message === 'string' && body.message !== 'Validation failed' ? body.message : '';
  if (error.status === 429) return message || tooManyAttempts(error.headers.get('Retry-After'), i18n);
  if (error.status === 400) {
    const fields = Object.values(fieldErrors(error)).flat();
    if (fields.length) return fields.join(' ');
  }
  if (message) return sentence(message);
  return i18n.t('The server answered {status}. Try again in a moment.', { status: error.status });
}

function tooManyAttempts(retryAfter: string | null, i18n: Translator): string {
  const seconds = Number(retryAfter);
  return Number.isFinite(seconds) && seconds > 0
    ? i18n.t('Too many attempts: try again in {n} min.', { n: Math.ceil(seconds / 60) })
    : i18n.t('Too many attempts: try again later.');
}

/** class-validator speaks in lower case ("password must be …"); people read sentences. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const capital = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
