import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { SECTIONS_ES } from './sections.es';

@Component({
  selector: 'tl-not-found-page',
  imports: [RouterLink, MatButtonModule, TPipe],
  template: `
    <h1>{{ 'Page not found' | t }}</h1>
    <p>{{ 'This address does not match any page of Throughline.' | t }}</p>
    <a mat-flat-button routerLink="/">{{ 'Go to the overview' | t }}</a>
  `,
  styles: `h1 { font: var(--mat-sys-headline-medium); }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {
  constructor() {
    inject(I18n).register(SECTIONS_ES);
  }
}
