import { HttpErrorResponse } from '@angular/common/http';
import type { AbstractControl } from '@angular/forms';
import { type FieldErrors, fieldErrors, sentence } from '../auth/auth-errors';

export type { FieldErrors };

/** Why a write failed, as the editor shows it. */
export type WriteProblem =
  | { readonly kind: 'invalid'; readonly fields: FieldErrors }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'message'; readonly text: string; readonly fromApi: boolean; readonly params?: Readonly<Record<string, number>> };

/** The editor's own words for failures (English; Spanish in plan-editor.es.ts). */
export const PROBLEM_TEXTS = {
  unknown: 'Something went wrong. Try again.',
  offline: 'The server did not answer. Check your connection and try again.',
  forbidden: 'Your role may not make this change.',
  status: 'The server answered {status}. Try again in a moment.',
} as const;

/** Sorts an HttpClient failure into field messages (400), a stale version (409) or one line to show. */
export function writeProblem(error: unknown): WriteProblem {
  if (!(error instanceof HttpErrorResponse)) return { kind: 'message', text: PROBLEM_TEXTS.unknown, fromApi: false };
  if (error.status === 400) {
    const fields = fieldErrors(error);
    if (Object.keys(fields).length) return { kind: 'invalid', fields };
  }
  if (error.status === 409 && (error.error as { currentVersion?: unknown } | null)?.currentVersion !== undefined) return { kind: 'conflict' };
  if (error.status === 0) return { kind: 'message', text: PROBLEM_TEXTS.offline, fromApi: false };
  if (error.status === 403) return { kind: 'message', text: PROBLEM_TEXTS.forbidden, fromApi: false };
  const body = error.error as { message?: unknown } | null;
  if (body && typeof body.message === 'string' && body.message) return { kind: 'message', text: sentence(body.message), fromApi: true };
  return { kind: 'message', text: PROBLEM_TEXTS.status, fromApi: false, params: { status: error.status } };
}

/** `targets[0].schoolYear` → `targets.0.schoolYear`, the path AbstractControl.get understands. */
export function controlPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1');
}

const SERVER = 'server';

/**
 * Puts each field's messages on the control of the same name (as the `server` error, shown by mat-error and
 * linked to the input by aria-describedby) and returns the messages that no control took. The control's own
 * validation replaces the message as soon as the person edits the value.
 */
export function applyServerErrors(form: AbstractControl, errors: FieldErrors): string[] {
  clearServerErrors(form);
  const unmatched: string[] = [];
  for (const [field, messages] of Object.entries(errors)) {
    const control = form.get(controlPath(field));
    if (!control || control === form) {
      unmatched.push(...messages);
      continue;
    }
    control.setErrors({ ...(control.errors ?? {}), [SERVER]: messages });
    control.markAsTouched();
  }
  return unmatched;
}

/** The server's messages on a control, joined for one mat-error. */
export function serverMessage(control: AbstractControl | null | undefined): string {
  const messages = control?.errors?.[SERVER] as readonly string[] | undefined;
  return messages?.join(' ') ?? '';
}

function clearServerErrors(control: AbstractControl): void {
  if (control.errors?.[SERVER]) {
    const { [SERVER]: _gone, ...rest } = control.errors;
    control.setErrors(Object.keys(rest).length ? rest : null);
  }
  const children = (control as { controls?: Record<string, AbstractControl> | AbstractControl[] }).controls;
  if (children) for (const child of Object.values(children)) clearServerErrors(child);
}
