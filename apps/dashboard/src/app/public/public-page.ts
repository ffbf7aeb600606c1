import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import type { CreateFeedbackRequest } from '@throughline/domain';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { StatusChip } from '../shared/status-chip';
import { FeedbackSender } from './feedback-sender';
import { PUBLIC_ES } from './public.es';
import { PublicApi } from './public-api';
import { PublicGoalView } from './public-goal';

/** /public: the community's view of the plan (no sign-in). Priorities → goals → metrics, English or Spanish. */
@Component({
  selector: 'tl-public-page',
  imports: [TPipe, StatusChip, PublicGoalView],
  templateUrl: './public-page.html',
  styleUrl: './public-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicPage {
  protected readonly i18n = inject(I18n);
  private readonly api = inject(PublicApi);
  protected readonly page = this.api.plan(() => this.i18n.lang());
  protected readonly data = computed(() => this.page.value());
  protected readonly sender = new FeedbackSender((id, body) => this.api.sendFeedback(id, body), (text, params) => this.i18n.t(text, params));
  protected readonly chartLabel = (series: string) =>
    this.i18n.t('{series}: results by school year (bars) against the target (dashed line). The numbers are in the table below.', { series });
  protected readonly notFound = computed(() => this.page.error()?.status === 404);

  constructor() {
    this.i18n.register(PUBLIC_ES);
  }

  /** An ISO date in the reader's language, read in UTC so it never shifts a day. */
  protected longDate(date: string): string {
    return new Intl.DateTimeFormat(this.i18n.locale(), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  }

  protected send(goalId: string, body: CreateFeedbackRequest): void {
    void this.sender.send(goalId, body);
  }
}
