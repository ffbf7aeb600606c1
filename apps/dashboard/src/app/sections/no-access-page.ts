import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { I18n } from '../core/i18n';
import type { Section } from '../core/sections';
import { TPipe } from '../core/t.pipe';
import { SECTIONS_ES } from './sections.es';

/** A section outside the signed-in person's role: says so in words, and where to go instead. */
@Component({
  selector: 'tl-no-access-page',
  imports: [RouterLink, MatButtonModule, TPipe],
  template: `
    <h1>{{ section().label | t }}</h1>
    <p>{{ 'This section is not part of your role in Throughline. If you need it, ask an administrator.' | t }}</p>
    <a mat-flat-button routerLink="/">{{ 'Go to the overview' | t }}</a>
  `,
  styles: `h1 { font: var(--mat-sys-headline-medium); }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoAccessPage {
  readonly section = input.required<Section>();

  constructor() {
    inject(I18n).register(SECTIONS_ES);
  }
}
