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

/** One line for the alert beside a sign-in form: the API's own words when it gave some. */
export function describeAuthError(error: unknown): string {
  if (!(error instanceof HttpErrorResponse)) return 'Something went wrong. Try again.';
  if (error.status === 0) return 'The server did not answer. Check your connection and try again.';
  const body = error.error as { message?: unknown } | null;
  const message = body && typeof body.message === 'string' && body.message !== 'Validation failed' ? body.message : '';
  if (error.status === 429) return message || tooManyAttempts(error.headers.get('Retry-After'));
  if (error.status === 400) {
    const fields = Object.values(fieldErrors(error)).flat();
    if (fields.length) return fields.join(' ');
  }
  if (message) return sentence(message);
  return `The server answered ${error.status}. Try again in a moment.`;
}

function tooManyAttempts(retryAfter: string | null): string {
  const seconds = Number(retryAfter);
  return Number.isFinite(seconds) && seconds > 0
    ? `Too many attempts: try again in ${Math.ceil(seconds / 60)} min.`
    : 'Too many attempts: try again later.';
}

/** class-validator speaks in lower case ("password must be …"); people read sentences. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const capital = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
