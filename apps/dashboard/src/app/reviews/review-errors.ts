import { HttpErrorResponse } from '@angular/common/http';

type Translate = (text: string, params?: Readonly<Record<string, string | number>>) => string;

/** What went wrong, in words: the API's field messages or message, or what the status means. */
export function problem(error: unknown, t: Translate): string {
  if (!(error instanceof HttpErrorResponse)) return t('Something went wrong. Try again.');
  if (error.status === 0) return t('The server did not answer. Check that Throughline is running.');
  const body = error.error as { message?: unknown; errors?: { field: string; messages: string[] }[] } | null;
  if (error.status === 409) return t('This review is closed or was changed by someone else. Reload to see it as it is now.');
  if (error.status === 403) return t('Your role cannot change reviews.');
  const fields = body?.errors?.map((e) => `${e.field}: ${e.messages.join(', ')}`).join('; ');
  if (fields) return fields;
  if (typeof body?.message === 'string') return body.message;
  return t('The server answered {status}.', { status: error.status });
}
