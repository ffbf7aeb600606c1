import { DOCUMENT } from '@angular/common';
import { Injectable, computed, inject, signal } from '@angular/core';

export type Lang = 'en' | 'es';
export type Dictionary = Readonly<Record<string, string>>;
const STORAGE_KEY = 'throughline.lang';

/**
 * Runtime English/Spanish. Strings are written in English in the templates (`{{ 'Sign in' | t }}`); Spanish comes
 * from dictionaries keyed by that English text, which each lazy feature registers with its own chunk (so the
 * initial bundle carries only the shell's). `{name}` placeholders are filled from the params.
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly spanish = signal<Record<string, string>>({});
  readonly lang = signal<Lang>(this.initial());
  /** For Intl and Angular pipes: dates and numbers in the reader's language. */
  readonly locale = computed(() => (this.lang() === 'es' ? 'es-US' : 'en-US'));

  constructor() {
    this.document.documentElement.lang = this.lang();
  }

  set(lang: Lang): void {
    this.lang.set(lang);
    this.document.documentElement.lang = lang;
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }

  /** Adds Spanish for a feature's strings (called by the feature's page; repeated calls are harmless). */
  register(es: Dictionary): void {
    this.spanish.update((current) => ({ ...current, ...es }));
  }

  /** The text in the reader's language, placeholders filled. */
  t(text: string, params?: Readonly<Record<string, string | number>>): string {
    const template = this.lang() === 'es' ? (this.spanish()[text] ?? text) : text;
    return params ? template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole)) : template;
  }

  private initial(): Lang {
    const view = this.document.defaultView;
    const asked = new URLSearchParams(view?.location.search ?? '').get('lang');
    if (asked === 'es' || asked === 'en') return asked;
    try {
      const stored = view?.localStorage.getItem(STORAGE_KEY);
      if (stored === 'es' || stored === 'en') return stored;
    } catch {
      // no storage: fall through to the browser's language
    }
    return (view?.navigator.language ?? 'en').toLowerCase().startsWith('es') ? 'es' : 'en';
  }
}
