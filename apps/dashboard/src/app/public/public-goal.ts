import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { CreateFeedbackRequest, PublicGoal } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { StatusChip } from '../shared/status-chip';
import { FeedbackForm, type FeedbackState } from './feedback-form';
import { PublicMetricView } from './public-metric';
import { tacticParts } from './public-view';

/** One published goal: status, plain-language summary, the work under way (counts only), its metrics, feedback. */
@Component({
  selector: 'tl-public-goal',
  imports: [TPipe, StatusChip, PublicMetricView, FeedbackForm],
  template: `
    <article class="goal" [attr.aria-labelledby]="'goal-' + goal().id">
      <div class="head">
        <h3 [id]="'goal-' + goal().id" [attr.lang]="goal().titleLang">{{ goal().title }}</h3>
        <tl-status-chip [status]="goal().status" [prefix]="('Progress' | t) + ': '" />
      </div>
      @if (goal().summary) {
        <p class="summary" [attr.lang]="goal().summaryLang">{{ goal().summary }}</p>
      }
      @if (goal().tactics.total) {
        <p class="work">
          <span>{{ 'Actions under way: {total}' | t: { total: goal().tactics.total } }}</span>
          @for (part of parts(); track part.label) {
            <span class="part">{{ part.label | t }}: {{ part.count }}</span>
          }
        </p>
      }
      @for (metric of goal().metrics; track metric.id) {
        <tl-public-metric [metric]="metric" [minN]="minN()" [locale]="locale()" [chartLabelOf]="chartLabelOf()" />
      }
      @if (feedback()) {
        <tl-feedback-form [goalId]="goal().id" [language]="language()" [state]="state()" (send)="send.emit($event)" />
      }
    </article>
  `,
  styles: `
    .goal { padding: 16px; border: 1px solid #cfd8dc; border-radius: 12px; background: #fff; margin: 12px 0; }
    .head { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; }
    h3 { margin: 0; font-size: 1.15rem; line-height: 1.35; }
    .summary { margin: 8px 0; font-size: 1.02rem; }
    .work { display: flex; flex-wrap: wrap; gap: 0 14px; color: #37474f; margin: 6px 0 10px; }
    .part { white-space: nowrap; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicGoalView {
  readonly goal = input.required<PublicGoal>();
  readonly minN = input.required<number>();
  readonly locale = input.required<string>();
  readonly language = input.required<'en' | 'es'>();
  readonly chartLabelOf = input.required<(group: string) => string>();
  readonly feedback = input(true);
  readonly state = input<FeedbackState>({ sending: false, sent: false });
  readonly send = output<CreateFeedbackRequest>();
  protected readonly parts = computed(() => tacticParts(this.goal().tactics));
}
