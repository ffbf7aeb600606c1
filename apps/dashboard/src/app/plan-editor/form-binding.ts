import { ElementRef, Injector, type Signal, afterNextRender, effect, inject, signal, untracked } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { type FieldErrors, applyServerErrors } from './server-errors';

/**
 * Wires an editor form to its page: the form is reset whenever a record (or undefined for a new one) arrives, and
 * the API's field messages are put beside their fields, focusing the first. Returns the messages of fields the
 * form has no control for, to show above it. Call in the form component's constructor.
 */
export function bindEditorForm<V>(form: AbstractControl, value: () => V | undefined, errors: () => FieldErrors, reset: (value: V | undefined) => void): Signal<string[]> {
  const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  const injector = inject(Injector);
  const unmatched = signal<string[]>([]);
  effect(() => {
    const v = value();
    untracked(() => {
      reset(v);
      form.markAsPristine();
      form.markAsUntouched();
    });
  });
  effect(() => {
    const e = errors();
    untracked(() => {
      unmatched.set(applyServerErrors(form, e));
      if (Object.keys(e).length) afterNextRender(() => focusFirstInvalid(host), { injector });
    });
  });
  return unmatched.asReadonly();
}

/** Focuses the first field the API refused, or the message about a whole list (`.list-error`, focusable by tabindex). */
export function focusFirstInvalid(host: HTMLElement): void {
  host.querySelector<HTMLElement>('.mat-form-field-invalid :is(input, textarea, .mat-mdc-select), [aria-invalid="true"], .list-error')?.focus();
}
