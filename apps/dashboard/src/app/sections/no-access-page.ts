import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { Section } from '../core/sections';

/** A section outside the signed-in person's role: says so in words, and where to go instead. */
@Component({
  selector: 'tl-no-access-page',
  imports: [RouterLink, MatButtonModule],
  template: `
    <h1>{{ section().label }}</h1>
    <p>This section is not part of your role in Throughline. If you need it, ask an administrator.</p>
    <a mat-flat-button routerLink="/">Go to the overview</a>
  `,
  styles: `h1 { font: var(--mat-sys-headline-medium); }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoAccessPage {
  readonly section = input.required<Section>();
}
