import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Section } from '../core/sections';
import { EmptyState } from '../shared/empty-state';

/** Placeholder for a section whose issue has not landed yet; says what the page will hold. */
@Component({
  selector: 'tl-coming-soon-page',
  imports: [EmptyState],
  template: `
    <h1>{{ section().label }}</h1>
    <tl-empty-state [icon]="section().icon" heading="Not available yet">{{ section().summary }}</tl-empty-state>
  `,
  styles: `h1 { font: var(--mat-sys-headline-medium); margin: 0 0 16px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComingSoonPage {
  readonly section = input.required<Section>();
}
