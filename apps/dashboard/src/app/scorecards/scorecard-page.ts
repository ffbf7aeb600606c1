import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AuthStore } from '../auth/auth-store';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { EmptyState } from '../shared/empty-state';
import { Icon } from '../shared/icon';
import { formatIsoDate } from '../results/format';
import { ScorecardsApi, exportUrl } from './scorecards-api';
import { SCORECARDS_ES } from './scorecards.es';
import { ScorecardStore } from './scorecard-store';
import { ScorecardView } from './scorecard-view';
import './scorecard-icons';

/** /scorecards: the board's quarterly scorecard; the quarter lives in the URL (schoolYear, quarter). */
@Component({
  selector: 'tl-scorecard-page',
  imports: [TPipe, RouterLink, EmptyState, Icon, ScorecardView],
  templateUrl: './scorecard-page.html',
  styleUrl: './scorecard-page.scss',
  providers: [ScorecardStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScorecardPage {
  readonly planId = input<string>();
  readonly schoolYear = input<string>();
  readonly quarter = input<string>();

  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly api = inject(ScorecardsApi);
  private readonly auth = inject(AuthStore);
  protected readonly i18n = inject(I18n);
  protected readonly store = inject(ScorecardStore);

  protected readonly saving = signal<string | null>(null);
  protected readonly messages = signal<Record<string, string>>({});
  protected readonly meetingMessage = signal('');

  private readonly roles = computed(() => this.auth.person()?.roles ?? []);
  protected readonly canSetMeeting = computed(() => this.roles().includes('admin') || this.roles().includes('cabinet'));
  /** Goals whose narrative the reader writes: their own (cabinet and admins: every goal), while not archived. */
  protected readonly editable = computed<ReadonlySet<string>>(() => {
    const card = this.store.card();
    const me = this.auth.person();
    if (!card?.record || card.state === 'archived' || !me) return new Set();
    const all = this.canSetMeeting();
    return new Set(card.priorities.flatMap((p) => p.goals).filter((g) => all || g.ownerId === me.personId).map((g) => g.id));
  });
  protected readonly pdfUrl = computed(() => { const k = this.store.key(); return k ? exportUrl(k, 'pdf') : ''; });
  protected readonly xlsxUrl = computed(() => { const k = this.store.key(); return k ? exportUrl(k, 'xlsx') : ''; });
  protected readonly printParams = computed(() => this.store.key() ?? {});
  protected readonly errorText = computed(() => {
    const error = this.store.error();
    if (!error) return '';
    if (error.status === 0) return this.i18n.t('The server did not answer. Check that Throughline is running.');
    return this.i18n.t('The server answered {status}.', { status: error.status });
  });

  constructor() {
    this.i18n.register(SCORECARDS_ES);
    effect(() => this.store.setParams({ planId: this.planId(), schoolYear: this.schoolYear(), quarter: this.quarter() }));
  }

  protected date(value: string): string {
    return formatIsoDate(value, this.i18n.locale(), 'long');
  }

  protected chooseYear(event: Event): void {
    const schoolYear = Number((event.target as HTMLSelectElement).value);
    const year = this.store.years().find((y) => y.schoolYear === schoolYear);
    const quarter = year?.quarters[year.quarters.length - 1] ?? 1;
    void this.router.navigate([], { relativeTo: this.route, queryParams: { schoolYear, quarter }, queryParamsHandling: 'merge' });
  }

  protected chooseQuarter(event: Event): void {
    const quarter = Number((event.target as HTMLSelectElement).value);
    void this.router.navigate([], { relativeTo: this.route, queryParams: { schoolYear: this.store.key()?.schoolYear, quarter }, queryParamsHandling: 'merge' });
  }

  protected async saveNarrative(change: { goalId: string; text: string }): Promise<void> {
    const record = this.store.card()?.record;
    if (!record) return;
    this.saving.set(change.goalId);
    try {
      await this.api.saveNarrative(record.id, change.goalId, change.text);
      this.messages.update((m) => ({ ...m, [change.goalId]: this.i18n.t('Saved.') }));
      this.store.scorecard.reload();
    } catch (error) {
      this.messages.update((m) => ({ ...m, [change.goalId]: this.problem(error) }));
    } finally {
      this.saving.set(null);
    }
  }

  protected async saveMeeting(form: HTMLFormElement): Promise<void> {
    const key = this.store.key();
    const value = (form.elements.namedItem('meeting') as HTMLInputElement | null)?.value ?? '';
    if (!key || !value) return;
    try {
      await this.api.setMeeting(key, this.store.card()?.record ?? null, value);
      this.meetingMessage.set(this.i18n.t('Saved.'));
      this.store.reload();
    } catch (error) {
      this.meetingMessage.set(this.problem(error));
    }
  }

  private problem(error: unknown): string {
    if (error instanceof HttpErrorResponse) {
      const body = error.error as { message?: unknown } | null;
      return typeof body?.message === 'string' ? body.message : this.i18n.t('The server answered {status}.', { status: error.status });
    }
    return this.i18n.t('Something went wrong.');
  }
}
