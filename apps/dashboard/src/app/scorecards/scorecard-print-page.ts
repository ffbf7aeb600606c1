import { ChangeDetectionStrategy, Component, DOCUMENT, ViewEncapsulation, computed, effect, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import { formatIsoDate } from '../results/format';
import { SCORECARDS_ES } from './scorecards.es';
import { ScorecardStore } from './scorecard-store';
import { ScorecardView } from './scorecard-view';
import './scorecard-icons';

/**
 * /scorecards/print: the quarter's scorecard as a document for the board packet. The shell's toolbar and navigation
 * are hidden while it is open (and in print), each priority starts a new printed page, charts are drawn at once.
 */
@Component({
  selector: 'tl-scorecard-print-page',
  imports: [TPipe, RouterLink, Icon, ScorecardView],
  template: `
    <div class="print-bar no-print">
      <a routerLink="/scorecards" [queryParams]="store.key() ?? {}">{{ 'Back to the scorecard' | t }}</a>
      <button type="button" (click)="print()"><tl-icon name="print" />{{ 'Print' | t }}</button>
    </div>
    @if (store.card(); as card) {
      <header class="doc-head">
        <h1>{{ '{plan}: board scorecard {quarter}' | t: { plan: card.planName, quarter: card.label } }}</h1>
        <p>
          {{ '{start} to {end}' | t: { start: date(card.periodStart), end: date(card.periodEnd) } }} ·
          @if (card.state === 'archived') { {{ 'Archived' | t }} } @else { {{ 'Computed from the data as of {date}.' | t: { date: date(card.asOf) } }} }
        </p>
        <p class="note">{{ 'Student groups with fewer than {n} students are not shown, nor a group from which a smaller one could be worked out.' | t: { n: card.minN } }}</p>
      </header>
      <tl-scorecard-view [card]="card" [lang]="i18n.lang()" [locale]="i18n.locale()" [print]="true" />
    } @else if (errorText()) {
      <p role="alert">{{ errorText() }}</p>
    } @else {
      <p role="status">{{ 'Loading the scorecard…' | t }}</p>
    }
  `,
  styles: `
    body:has(tl-scorecard-print-page) .toolbar,
    body:has(tl-scorecard-print-page) nav.nav,
    body:has(tl-scorecard-print-page) .skip-link { display: none !important; }
    tl-scorecard-print-page { display: block; max-width: 960px; margin: 0 auto; }
    tl-scorecard-print-page .print-bar { display: flex; justify-content: space-between; align-items: center; gap: 12px; margin-bottom: 16px; }
    tl-scorecard-print-page .print-bar button { display: inline-flex; align-items: center; gap: 6px; font: var(--mat-sys-label-large);
      padding: 8px 16px; border-radius: 18px; border: 0; background: var(--mat-sys-primary); color: var(--mat-sys-on-primary); cursor: pointer; }
    tl-scorecard-print-page .print-bar svg { width: 20px; height: 20px; }
    tl-scorecard-print-page h1 { font: var(--mat-sys-headline-small); margin: 0 0 4px; }
    tl-scorecard-print-page .doc-head p { margin: 0 0 4px; }
    tl-scorecard-print-page .note { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); }
    @media print {
      @page { margin: 14mm; }
      .toolbar, nav.nav, .skip-link, .no-print { display: none !important; }
      tl-scorecard-print-page { max-width: none; }
    }
  `,
  encapsulation: ViewEncapsulation.None,
  providers: [ScorecardStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScorecardPrintPage {
  readonly planId = input<string>();
  readonly schoolYear = input<string>();
  readonly quarter = input<string>();

  protected readonly i18n = inject(I18n);
  protected readonly store = inject(ScorecardStore);
  private readonly document = inject(DOCUMENT);
  protected readonly errorText = computed(() => {
    const error = this.store.error();
    return error ? this.i18n.t('The server answered {status}.', { status: error.status }) : '';
  });

  constructor() {
    this.i18n.register(SCORECARDS_ES);
    effect(() => this.store.setParams({ planId: this.planId(), schoolYear: this.schoolYear(), quarter: this.quarter() }));
  }

  protected date(value: string): string {
    return formatIsoDate(value, this.i18n.locale(), 'long');
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
