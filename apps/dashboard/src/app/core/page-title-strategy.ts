import { Injectable, effect, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { I18n } from './i18n';

/** "Results · Throughline" / "Resultados · Throughline": every page has its own title (WCAG 2.4.2). */
@Injectable()
export class PageTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(I18n);
  private last: RouterStateSnapshot | undefined;

  constructor() {
    super();
    // A change of language retitles the page too.
    effect(() => {
      this.i18n.lang();
      if (this.last) this.updateTitle(this.last);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.last = snapshot;
    const page = this.buildTitle(snapshot);
    this.title.setTitle(page ? `${this.i18n.t(page)} · Throughline` : 'Throughline');
  }
}
