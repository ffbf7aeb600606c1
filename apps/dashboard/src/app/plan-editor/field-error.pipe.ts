import { Pipe, type PipeTransform, inject } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { I18n } from '../core/i18n';
import { serverMessage } from './server-errors';

/**
 * The message beside a field: the API's (in English, as the API writes it: `lang` gives "en" for it, so screen
 * readers pronounce it right on a Spanish page), or "Required." before anything was sent.
 * `<mat-error [attr.lang]="c | fieldError: 'lang'">{{ c | fieldError }}</mat-error>`
 */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(control: AbstractControl | null | undefined, part: 'text' | 'lang' = 'text'): string | null {
    const server = serverMessage(control);
    if (part === 'lang') return server ? 'en' : null;
    if (server) return server;
    return control?.hasError('required') ? this.i18n.t('Required.') : '';
  }
}
