import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { ActionItem, ReviewDetail, ReviewItem } from '@throughline/domain';
import { AuthStore } from '../auth/auth-store';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { EmptyState } from '../shared/empty-state';
import { Icon } from '../shared/icon';
import { AgendaItem } from './agenda-item';
import { problem } from './review-errors';
import { LEVEL_LABEL } from './review-view';
import { ReviewsApi } from './reviews-api';
import { REVIEWS_ES } from './reviews.es';
import { StatusHistoryChart } from './status-history-chart';
import './reviews-icons';

/**
 * /reviews/:id: the agenda (why each item is there, its status, check-ins to acknowledge, discussed and notes),
 * the status of goals and priorities over time, decisions and action items. A closed review is read-only.
 */
@Component({
  selector: 'tl-review-page',
  imports: [RouterLink, MatButtonModule, TPipe, Icon, EmptyState, AgendaItem, StatusHistoryChart],
  templateUrl: './review-page.html',
  styleUrl: './reviews.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewPage {
  /** Route parameter (bound by the router). */
  readonly id = input.required<string>();
  private readonly api = inject(ReviewsApi);
  private readonly auth = inject(AuthStore);
  protected readonly i18n = inject(I18n);
  private readonly loaded = this.api.review(() => this.id());
  /** The review as the last write answered, until a reload is newer. */
  private readonly written = signal<ReviewDetail | undefined>(undefined);
  protected readonly review = computed(() => {
    const written = this.written();
    return written && written.id === this.id() ? written : this.loaded.value();
  });
  protected readonly loadError = computed(() => this.loaded.error());
  protected readonly people = this.api.people();
  protected readonly activePeople = computed(() => this.people.value()?.items ?? []);
  private readonly runs = computed(() => (this.auth.person()?.roles ?? []).some((r) => r === 'cabinet' || r === 'admin'));
  protected readonly editable = computed(() => this.runs() && this.review()?.state === 'open');
  protected readonly message = signal('');
  protected readonly error = signal('');
  protected readonly busy = signal(false);

  // Status over time: the goals and priorities on the agenda; the first goal unless one is chosen.
  protected readonly historyOptions = computed(() => (this.review()?.items ?? []).filter((i) => i.entity === 'goal' || i.entity === 'priority'));
  protected readonly chosen = signal<string>('');
  protected readonly historyItem = computed(() => {
    const options = this.historyOptions();
    return options.find((i) => i.entityId === this.chosen()) ?? options.find((i) => i.entity === 'goal') ?? options[0];
  });
  protected readonly history = this.api.statusHistory(() => {
    const review = this.review();
    const item = this.historyItem();
    return review && item ? { planId: review.planId, entity: item.entity as 'goal' | 'priority', id: item.entityId } : undefined;
  });
  protected readonly historyLabels = computed(() => ({
    series: this.i18n.t('Status'),
    caption: this.i18n.t('Snapshots of {title}', { title: this.historyItem()?.title ?? '' }),
    levels: Object.fromEntries(Object.entries(LEVEL_LABEL).map(([k, v]) => [k, this.i18n.t(v)])),
  }));

  // Forms
  protected readonly decisionText = signal('');
  protected readonly decisionItem = signal('');
  protected readonly actionTitle = signal('');
  protected readonly actionOwner = signal('');
  protected readonly actionDue = signal('');
  protected readonly actionItem = signal('');

  constructor() {
    this.i18n.register(REVIEWS_ES);
  }

  protected formatDate(date: string): string {
    return new Date(`${date}T00:00:00Z`).toLocaleDateString(this.i18n.locale(), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  }

  protected formatTime(at: string): string {
    return new Date(at).toLocaleString(this.i18n.locale(), { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  }

  protected itemTitle(id: string | null): string {
    const item = this.review()?.items.find((i) => i.id === id);
    return item ? `${item.position}. ${item.title}` : '';
  }

  protected discussed(item: ReviewItem, value: boolean): void {
    void this.write(() => this.api.updateItem(item.id, { discussed: value }), this.i18n.t('Saved.'));
  }

  protected saveNotes(item: ReviewItem, notes: string): void {
    void this.write(() => this.api.updateItem(item.id, { notes }), this.i18n.t('Notes saved.'));
  }

  protected acknowledge(item: ReviewItem): void {
    void this.write(() => this.api.acknowledge(item.id), this.i18n.t('Check-ins acknowledged.'));
  }

  protected regenerate(): void {
    void this.write(() => this.api.regenerate(this.id()), this.i18n.t('The agenda was generated again from today’s data.'));
  }

  protected close(): void {
    const ask = this.i18n.t('Close this review? Its snapshot is taken now and the review becomes read-only.');
    if (!globalThis.confirm(ask)) return;
    void this.write(() => this.api.close(this.id()), this.i18n.t('The review is closed and its snapshot taken.'));
  }

  protected async decide(event: Event): Promise<void> {
    event.preventDefault();
    const text = this.decisionText().trim();
    if (!text) return this.error.set(this.i18n.t('Write the decision first.'));
    const ok = await this.run(() => this.api.decide(this.id(), { text, reviewItemId: this.decisionItem() || null }));
    if (ok) {
      this.decisionText.set('');
      this.message.set(this.i18n.t('Decision recorded.'));
      this.refresh();
    }
  }

  protected async addActionItem(event: Event): Promise<void> {
    event.preventDefault();
    const title = this.actionTitle().trim();
    if (!title || !this.actionOwner() || !this.actionDue()) return this.error.set(this.i18n.t('Give the action item a title, an owner and a due date.'));
    const ok = await this.run(() =>
      this.api.addActionItem(this.id(), { title, ownerId: this.actionOwner(), dueDate: this.actionDue(), reviewItemId: this.actionItem() || null }),
    );
    if (ok) {
      this.actionTitle.set('');
      this.message.set(this.i18n.t('Action item added.'));
      this.refresh();
    }
  }

  protected async setDone(item: ActionItem, done: boolean): Promise<void> {
    if (await this.run(() => this.api.setDone(item, done))) this.refresh();
  }

  private refresh(): void {
    this.written.set(undefined);
    this.loaded.reload();
  }

  private async write(work: () => Promise<ReviewDetail>, done: string): Promise<void> {
    const result = await this.run(work);
    if (result) {
      this.written.set(result);
      this.message.set(done);
    }
  }

  private async run<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.busy.set(true);
    this.error.set('');
    this.message.set('');
    try {
      return await work();
    } catch (e) {
      this.error.set(problem(e, (text, params) => this.i18n.t(text, params)));
      return undefined;
    } finally {
      this.busy.set(false);
    }
  }
}
