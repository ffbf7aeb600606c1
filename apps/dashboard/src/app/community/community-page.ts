import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { Feedback } from '@throughline/domain';
import { AuthStore } from '../auth/auth-store';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { FEEDBACK_ROLE_LABELS } from '../public/feedback-form';
import { instantText } from '../shared/instant-text';
import { COMMUNITY_ES } from './community.es';
import { CommunityApi } from './community-api';

/** /community: what the public page shows, the embed snippet for the district's website, and feedback to read. */
@Component({
  selector: 'tl-community-page',
  imports: [TPipe, RouterLink],
  templateUrl: './community-page.html',
  styleUrl: './community-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommunityPage {
  // Filters live in the query parameters (bound by the router).
  readonly goalId = input<string>();
  readonly unread = input<string>();

  protected readonly i18n = inject(I18n);
  private readonly api = inject(CommunityApi);
  private readonly router = inject(Router);
  private readonly origin = inject(DOCUMENT).defaultView?.location.origin ?? '';
  protected readonly overview = this.api.overview();
  private readonly settings = this.api.settings();
  /** Switching the page on or off is a district setting: administrators only. */
  private readonly auth = inject(AuthStore);
  protected readonly isAdmin = computed(() => this.auth.person()?.roles.includes('admin') ?? false);
  protected readonly onlyUnread = computed(() => this.unread() === 'true');
  protected readonly feedback = this.api.feedback(() => ({ goalId: this.goalId(), unread: this.onlyUnread() }));
  protected readonly roleLabels = FEEDBACK_ROLE_LABELS;
  protected readonly embedGoal = signal('');
  protected readonly failed = signal('');
  protected readonly snippet = computed(() => {
    const goal = this.embedGoal();
    const src = `${this.origin}/public/embed${goal ? `?goal=${goal}` : ''}`;
    return `<iframe src="${src}" title="Strategic plan progress" width="100%" height="800" style="border:0" loading="lazy"></iframe>`;
  });

  constructor() {
    this.i18n.register(COMMUNITY_ES);
  }

  protected filter(changes: { goalId?: string | null; unread?: string | null }): void {
    void this.router.navigate([], { queryParams: changes, queryParamsHandling: 'merge' });
  }

  /** When it came in, in the district's time zone (the cabinet may read it from anywhere). */
  protected when(item: Feedback): string {
    return instantText(item.createdAt, this.i18n.locale(), this.settings.value()?.timeZone);
  }

  protected async toggle(item: Feedback): Promise<void> {
    this.failed.set('');
    try {
      await this.api.markRead(item.id, item.readAt === null);
      this.feedback.reload();
      this.overview.reload();
    } catch {
      this.failed.set(this.i18n.t('That change was not saved. Try again.'));
    }
  }

  protected async setPublic(on: boolean): Promise<void> {
    this.failed.set('');
    try {
      await this.api.setPublicEnabled(on);
      this.overview.reload();
    } catch {
      this.failed.set(this.i18n.t('That change was not saved. Try again.'));
    }
  }

  protected async copy(): Promise<void> {
    await navigator.clipboard?.writeText(this.snippet()).catch(() => undefined);
  }
}
