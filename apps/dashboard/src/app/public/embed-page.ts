import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject, input } from '@angular/core';
import type { CreateFeedbackRequest, PublicGoal } from '@throughline/domain';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { FeedbackSender } from './feedback-sender';
import { PUBLIC_ES } from './public.es';
import { PublicApi } from './public-api';
import { PublicGoalView } from './public-goal';

/**
 * /public/embed[?goal=<id>]: the chrome-less view for an iframe on the district's website (the server lets only
 * this page be framed). One goal, or every published goal of the plan. The shell's toolbar is hidden while it shows.
 */
@Component({
  selector: 'tl-embed-page',
  imports: [TPipe, PublicGoalView],
  template: `
    <div class="embed" [attr.lang]="i18n.lang()">
      @if (goals(); as list) {
        <h1 class="visually-hidden" [attr.lang]="titleLang()">{{ title() }}</h1>
        @for (goal of list; track goal.id) {
          <tl-public-goal
            [goal]="goal"
            [minN]="minN()"
            [locale]="i18n.locale()"
            [language]="i18n.lang()"
            [chartLabelOf]="chartLabel"
            [state]="sender.stateOf(goal.id)"
            (send)="send(goal.id, $event)"
          />
        }
        <p class="more"><a [href]="fullPage()" target="_blank" rel="noopener">{{ 'See the whole plan' | t }}<span class="visually-hidden"> {{ '(opens in a new tab)' | t }}</span></a></p>
      } @else if (failed()) {
        <h1 class="visually-hidden">{{ 'Our strategic plan' | t }}</h1>
        <p>{{ 'This goal is not published.' | t }}</p>
      } @else {
        <p role="status">{{ 'Loading…' | t }}</p>
      }
    </div>
  `,
  styles: `
    body:has(tl-embed-page) .toolbar, body:has(tl-embed-page) .skip-link { display: none !important; }
    tl-embed-page .embed { padding: 8px; max-width: 880px; margin: 0 auto; line-height: 1.5; }
    tl-embed-page .more { margin: 8px 0; }
  `,
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmbedPage {
  /** ?goal=<id> (bound by the router); absent: every published goal. */
  readonly goal = input<string>();
  protected readonly i18n = inject(I18n);
  private readonly api = inject(PublicApi);
  private readonly one = this.api.goal(() => {
    const id = this.goal();
    return id ? { id, lang: this.i18n.lang() } : undefined;
  });
  private readonly all = this.api.plan(() => this.i18n.lang());
  protected readonly sender = new FeedbackSender((id, body) => this.api.sendFeedback(id, body), (text, params) => this.i18n.t(text, params));
  protected readonly chartLabel = (series: string) =>
    this.i18n.t('{series}: results by school year (bars) against the target (dashed line). The numbers are in the table below.', { series });

  protected readonly goals = computed<readonly PublicGoal[] | undefined>(() => {
    if (this.goal()) {
      const page = this.one.value();
      return page ? [page.goal] : undefined;
    }
    return this.all.value()?.priorities.flatMap((p) => p.goals);
  });
  protected readonly minN = computed(() => (this.goal() ? this.one.value()?.minN : this.all.value()?.minN) ?? 10);
  protected readonly title = computed(() => (this.goal() ? (this.one.value()?.goal.title ?? '') : (this.all.value()?.plan.name ?? '')));
  /** A goal's title may be the untranslated English on the Spanish embed; the plan's name is a proper name. */
  protected readonly titleLang = computed(() => (this.goal() ? (this.one.value()?.goal.titleLang ?? null) : null));
  protected readonly failed = computed(() => (this.goal() ? this.one.error() : this.all.error()) !== undefined);
  protected readonly fullPage = computed(() => `/public?lang=${this.i18n.lang()}`);

  constructor() {
    this.i18n.register(PUBLIC_ES);
  }

  protected send(goalId: string, body: CreateFeedbackRequest): void {
    void this.sender.send(goalId, body);
  }
}
