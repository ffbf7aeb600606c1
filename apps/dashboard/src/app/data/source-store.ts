import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, type OnDestroy, computed, effect, inject, signal, untracked } from '@angular/core';
import { type Subscription, firstValueFrom } from 'rxjs';
import { AuthStore } from '../auth/auth-store';
import { I18n } from '../core/i18n';
import { DataApi, type FieldMessages, type Preview, type Run, type Source, type SourceWrite, describeApiError } from './data-api';
import { isActive } from './data-words';

/** How often a queued or running run is asked for its progress. */
export const POLL_MS = 1_000;

/**
 * The data page's state: the sources, the selected source's runs, the runs being followed live, and the
 * steward's actions (run now, upload, preview). Provided by the page, so it ends with it: leaving the page stops
 * every poll.
 */
@Injectable()
export class SourceStore implements OnDestroy {
  private readonly api = inject(DataApi);
  private readonly i18n = inject(I18n);
  private readonly auth = inject(AuthStore);
  /** The runs being followed, each with the function that stops following it. */
  private readonly polls = new Map<string, () => void>();
  /** Runs the API no longer knows: never asked for again. */
  private readonly gone = new Set<string>();

  readonly sourceId = signal<string | undefined>(undefined);
  readonly sources = this.api.sources();
  readonly runs = this.api.runs(() => this.sourceId());
  readonly settings = this.api.settings();
  readonly people = this.api.people();

  /** The newest answers of GET /api/runs/{id} for the runs followed live. */
  private readonly live = signal<Readonly<Record<string, Run>>>({});
  /** The run the steward just started (upload or run now): shown on its own until the next one. */
  private readonly followedId = signal<string | undefined>(undefined);
  readonly busy = signal<'' | 'run' | 'upload' | 'preview'>('');
  readonly notice = signal('');
  readonly actionError = signal('');
  readonly preview = signal<Preview | undefined>(undefined);
  readonly previewError = signal('');
  readonly formBusy = signal(false);
  readonly formError = signal('');
  readonly formFields = signal<readonly FieldMessages[]>([]);

  readonly me = computed(() => this.auth.person());
  readonly timeZone = computed(() => this.settings.value()?.timeZone);
  readonly source = computed<Source | undefined>(() => this.sources.value()?.find((s) => s.id === this.sourceId()));
  readonly names = computed<Readonly<Partial<Record<string, string>>>>(() => Object.fromEntries((this.people.value()?.items ?? []).map((p) => [p.id, p.name])));

  /** The run history with live progress laid over it, the followed run first if the history has not caught up. */
  readonly history = computed<Run[]>(() => {
    const live = this.live();
    const runs = (this.runs.value() ?? []).filter((r) => r.sourceId === this.sourceId()).map((r) => live[r.id] ?? r);
    const followed = this.followedId();
    const extra = followed && !runs.some((r) => r.id === followed) ? live[followed] : undefined;
    return extra ? [extra, ...runs] : runs;
  });

  /** The run in the spotlight: the one just started, else the newest that is still going. */
  readonly current = computed<Run | undefined>(() => {
    const followed = this.followedId();
    return this.history().find((r) => r.id === followed) ?? this.history().find((r) => isActive(r.state));
  });

  /** Stewards may act on the sources they steward; admins on every one (the API checks the same). */
  readonly canManage = computed(() => {
    const me = this.me();
    const source = this.source();
    if (!me || !source) return false;
    return me.roles.includes('admin') || (me.roles.includes('steward') && source.stewardId === me.personId);
  });
  readonly canCreate = computed(() => !!this.me()?.roles.some((r) => r === 'admin' || r === 'steward'));

  constructor() {
    // Follow every run of the history that is still queued or running.
    effect(() => {
      const active = this.history().filter((r) => isActive(r.state));
      untracked(() => active.forEach((run) => this.follow(run.id)));
    });
  }

  /** Shows another source (or the list): what was followed or previewed belongs to the one before. */
  select(id: string | undefined): void {
    if (id === this.sourceId()) return;
    this.stopAll();
    this.live.set({});
    this.followedId.set(undefined);
    this.preview.set(undefined);
    this.previewError.set('');
    this.notice.set('');
    this.actionError.set('');
    this.sourceId.set(id);
  }

  async runNow(): Promise<void> {
    const id = this.sourceId();
    if (!id || this.busy()) return;
    await this.act('run', async () => {
      const run = await firstValueFrom(this.api.runNow(id));
      this.started(run);
      this.notice.set(this.i18n.t('Run queued. Its progress shows below.'));
    });
  }

  async upload(file: File): Promise<void> {
    const id = this.sourceId();
    if (!id || this.busy()) return;
    await this.act('upload', async () => {
      const { run } = await firstValueFrom(this.api.upload(id, file));
      this.started(run);
      this.notice.set(this.i18n.t('{name} uploaded. A run is loading it; its progress shows below.', { name: file.name }));
    });
  }

  async loadPreview(): Promise<void> {
    const id = this.sourceId();
    if (!id || this.busy()) return;
    this.previewError.set('');
    this.busy.set('preview');
    try {
      this.preview.set(await firstValueFrom(this.api.preview(id)));
    } catch (error) {
      this.preview.set(undefined);
      this.previewError.set(describeApiError(error, this.i18n).message);
    } finally {
      this.busy.set('');
    }
  }

  /** Creates a source (no id) or saves changes to one; the saved source, or undefined with the API's messages set. */
  async save(body: SourceWrite, id?: string): Promise<Source | undefined> {
    this.formBusy.set(true);
    this.formError.set('');
    this.formFields.set([]);
    try {
      const saved = await firstValueFrom(id ? this.api.update(id, body) : this.api.create(body));
      this.sources.reload();
      return saved;
    } catch (error) {
      const { message, fields } = describeApiError(error, this.i18n);
      this.formError.set(message);
      this.formFields.set(fields);
      return undefined;
    } finally {
      this.formBusy.set(false);
    }
  }

  clearForm(): void {
    this.formError.set('');
    this.formFields.set([]);
  }

  ngOnDestroy(): void {
    this.stopAll();
  }

  private async act(kind: 'run' | 'upload', work: () => Promise<void>): Promise<void> {
    this.busy.set(kind);
    this.notice.set('');
    this.actionError.set('');
    try {
      await work();
    } catch (error) {
      this.actionError.set(describeApiError(error, this.i18n).message);
    } finally {
      this.busy.set('');
    }
  }

  private started(run: Run): void {
    this.live.update((live) => ({ ...live, [run.id]: run }));
    this.followedId.set(run.id);
    this.follow(run.id);
    this.runs.reload();
  }

  /**
   * Asks for the run every second until it has finished (or the page goes), then refreshes the lists once. Plain
   * timeouts rather than rxjs timer/exhaustMap: those would land in the initial bundle (rxjs is shared with the shell).
   */
  private follow(id: string): void {
    if (this.polls.has(id) || this.gone.has(id)) return;
    let timeout: ReturnType<typeof setTimeout> | undefined;
    let request: Subscription | undefined;
    let stopped = false;
    const next = () => {
      if (!stopped) timeout = setTimeout(ask, POLL_MS);
    };
    const ask = () => {
      request = this.api.run(id).subscribe({
        next: (run) => {
          this.live.update((live) => ({ ...live, [run.id]: run }));
          if (isActive(run.state)) return next();
          this.polls.delete(id);
          this.runs.reload();
          this.sources.reload();
        },
        error: (error: unknown) => {
          // A run that no longer exists (its source was deleted) ends the poll; other errors wait for the next tick.
          if (!(error instanceof HttpErrorResponse && error.status === 404)) return next();
          this.gone.add(id);
          this.polls.delete(id);
        },
      });
    };
    this.polls.set(id, () => {
      stopped = true;
      clearTimeout(timeout);
      request?.unsubscribe();
    });
    next();
  }

  private stopAll(): void {
    this.polls.forEach((stop) => stop());
    this.polls.clear();
  }
}
