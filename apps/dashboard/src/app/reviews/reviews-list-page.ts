import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { type IsoDate, defaultReviewTitle, isIsoDate, isoDateInZone } from '@throughline/domain';
import { AuthStore } from '../auth/auth-store';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { EmptyState } from '../shared/empty-state';
import { Icon } from '../shared/icon';
import { problem } from './review-errors';
import { ReviewsApi } from './reviews-api';
import { REVIEWS_ES } from './reviews.es';
import './reviews-icons';

/** /reviews: the cabinet's monthly reviews of the active plan, newest first, and a form to start the next one. */
@Component({
  selector: 'tl-reviews-list-page',
  imports: [RouterLink, MatButtonModule, TPipe, EmptyState, Icon],
  templateUrl: './reviews-list-page.html',
  styleUrl: './reviews.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewsListPage {
  private readonly api = inject(ReviewsApi);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthStore);
  protected readonly i18n = inject(I18n);
  protected readonly plans = this.api.plans();
  private readonly settings = this.api.settings();
  protected readonly plan = computed(() => (this.plans.value() ?? []).find((p) => p.active) ?? this.plans.value()?.[0]);
  protected readonly reviews = this.api.list(() => this.plan()?.id);
  protected readonly runs = computed(() => (this.auth.person()?.roles ?? []).some((r) => r === 'cabinet' || r === 'admin'));
  protected readonly today = computed((): IsoDate | undefined => {
    const zone = this.settings.value()?.timeZone;
    return zone ? isoDateInZone(Date.now(), zone) : undefined;
  });
  protected readonly heldOn = signal<string>('');
  protected readonly title = signal('');
  protected readonly saving = signal(false);
  protected readonly error = signal('');
  protected readonly openReview = computed(() => (this.reviews.value() ?? []).find((r) => r.state === 'open'));
  /** The title a review gets when none is typed, in the reader's language (the API's default is English). */
  protected readonly placeholder = computed(() => {
    const date = this.heldOn() || this.today();
    if (!date || !isIsoDate(date)) return '';
    if (this.i18n.lang() === 'en') return defaultReviewTitle(date);
    const month = new Date(`${date}T00:00:00Z`).toLocaleDateString(this.i18n.locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return this.i18n.t('Cabinet review — {month}', { month });
  });

  constructor() {
    this.i18n.register(REVIEWS_ES);
  }

  protected formatDate(date: string): string {
    return new Date(`${date}T00:00:00Z`).toLocaleDateString(this.i18n.locale(), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  }

  protected async create(event: Event): Promise<void> {
    event.preventDefault();
    const plan = this.plan();
    const heldOn = this.heldOn() || this.today();
    if (!plan || !heldOn) return;
    this.saving.set(true);
    this.error.set('');
    try {
      const title = this.title().trim() || (this.i18n.lang() === 'en' ? '' : this.placeholder());
      const review = await this.api.create({ planId: plan.id, heldOn, ...(title ? { title } : {}) });
      await this.router.navigate(['/reviews', review.id]);
    } catch (e) {
      this.error.set(problem(e, (text, params) => this.i18n.t(text, params)));
    } finally {
      this.saving.set(false);
    }
  }
}
