import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { I18n } from '../core/i18n';
import type { Section } from '../core/sections';
import { TPipe } from '../core/t.pipe';
import { EmptyState } from '../shared/empty-state';
import { SECTIONS_ES } from './sections.es';

/** What a section not built yet will hold (kept out of the initial bundle). */
const SUMMARIES: Readonly<Record<string, string>> = {
  reviews: "The cabinet's monthly progress reviews.",
  scorecards: "The board's quarterly scorecards.",
  community: 'What the community sees on the public page, and what it tells the district.',
};

/** Placeholder for a section whose issue has not landed yet; says what the page will hold. */
@Component({
  selector: 'tl-coming-soon-page',
  imports: [EmptyState, TPipe],
  template: `
    <h1>{{ section().label | t }}</h1>
    <tl-empty-state [icon]="section().icon" [heading]="'Not available yet' | t">{{ summary() | t }}</tl-empty-state>
  `,
  styles: `h1 { font: var(--mat-sys-headline-medium); margin: 0 0 16px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComingSoonPage {
  readonly section = input.required<Section>();

  constructor() {
    inject(I18n).register(SECTIONS_ES);
  }

  protected summary(): string {
    return SUMMARIES[this.section().path] ?? '';
  }
}
