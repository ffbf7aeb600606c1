import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'tl-not-found-page',
  imports: [RouterLink, MatButtonModule],
  template: `
    <h1>Page not found</h1>
    <p>This address does not match any page of Throughline.</p>
    <a mat-flat-button routerLink="/">Go to the overview</a>
  `,
  styles: `h1 { font: var(--mat-sys-headline-medium); }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
