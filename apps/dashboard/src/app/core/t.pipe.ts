import { Pipe, type PipeTransform, inject } from '@angular/core';
import { I18n } from './i18n';

/**
 * `{{ 'Overdue' | t }}`, `{{ '{n} tactics' | t: { n: count } }}`. Impure on purpose: it reads the language
 * signal, so a change of language re-renders every string at once.
 */
@Pipe({ name: 't', pure: false })
export class TPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(text: string, params?: Readonly<Record<string, string | number>>): string {
    return this.i18n.t(text, params);
  }
}
