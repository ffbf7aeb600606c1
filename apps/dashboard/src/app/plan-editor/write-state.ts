import { inject, signal } from '@angular/core';
import { I18n } from '../core/i18n';
import { type FieldErrors, writeProblem } from './server-errors';

/** A message above a form; `lang` is "en" when the words are the API's. */
export interface Notice {
  readonly text: string;
  readonly lang: 'en' | null;
}

export const CONFLICT_TEXT = 'Someone else changed this while you were editing. It has been reloaded with their changes: make your changes again.';

/**
 * The state of an editor page's writes: pending, the API's field messages, a notice (conflict or another failure)
 * and a status line for screen readers. Call in an injection context.
 */
export function writeState() {
  const i18n = inject(I18n);
  const errors = signal<FieldErrors>({});
  const pending = signal(false);
  const notice = signal<Notice | null>(null);
  const status = signal('');

  /** Runs one write; on a stale version (409) calls `reload` and says so. Returns undefined when it failed. */
  async function run<T>(write: () => Promise<T>, saved: string, reload?: () => void): Promise<T | undefined> {
    if (pending()) return undefined;
    pending.set(true);
    notice.set(null);
    status.set('');
    try {
      const result = await write();
      errors.set({});
      status.set(i18n.t(saved));
      return result;
    } catch (error: unknown) {
      const problem = writeProblem(error);
      if (problem.kind === 'invalid') {
        errors.set(problem.fields);
        status.set(i18n.t('Not saved: see the messages beside the fields.'));
      } else if (problem.kind === 'conflict') {
        errors.set({});
        notice.set({ text: i18n.t(CONFLICT_TEXT), lang: null });
        reload?.();
      } else {
        notice.set(problem.fromApi ? { text: problem.text, lang: 'en' } : { text: i18n.t(problem.text, problem.params), lang: null });
      }
      return undefined;
    } finally {
      pending.set(false);
    }
  }

  function clear(): void {
    errors.set({});
    notice.set(null);
    status.set('');
  }

  return { errors: errors.asReadonly(), pending: pending.asReadonly(), notice, status, run, clear };
}
