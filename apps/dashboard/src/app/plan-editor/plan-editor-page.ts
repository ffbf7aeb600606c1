import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { filter, map } from 'rxjs';
import { FormAlert } from '../auth/form-alert';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { EmptyState } from '../shared/empty-state';
import { confirmDelete } from './confirm-dialog';
import { DELETE_QUESTIONS, DELETE_WARNINGS } from './labels';
import { PlanEditorApi, isItemKind } from './plan-editor-api';
import './plan-editor-icons';
import { PLAN_EDITOR_ES } from './plan-editor.es';
import { PlanEditorStore } from './plan-editor-store';
import { type MoveRequest, type OutlineRow, PlanOutline } from './plan-outline';
import { type PlanBody, PlanForm } from './plan-form';
import { writeState } from './write-state';
import { writeProblem } from './server-errors';

/** Where the outline and the editor stack (the same width as the page's styles). */
const NARROW = '(max-width: 1099.98px)';

/** `/admin/plan/goal/123?parent=…` → the kind, the id and the query (to unfold the outline down to it). */
function editing(url: string): { kind?: string; id?: string; query: URLSearchParams } {
  const [path = '', query = ''] = url.split('?');
  const [kind, id] = path.replace(/^\/admin\/plan\/?/, '').split('/');
  return { kind, id, query: new URLSearchParams(query) };
}

/**
 * The plan editor (admins): the outline of the active plan beside the editor of the chosen item (child routes).
 * Holds the route's store, which every editor page shares; moving and deleting from the outline happen here.
 */
@Component({
  selector: 'tl-plan-editor-page',
  imports: [RouterOutlet, MatButtonModule, PlanOutline, PlanForm, EmptyState, FormAlert, TPipe],
  templateUrl: './plan-editor-page.html',
  styleUrl: './plan-editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanEditorPage {
  protected readonly store = inject(PlanEditorStore);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  private readonly url = toSignal(
    this.router.events.pipe(
      filter((e): e is NavigationEnd => e instanceof NavigationEnd),
      map((e) => e.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );
  /** The outline unfolds down to the item being edited (or the parent of a new one). */
  protected readonly openPath = computed(() => {
    const { kind, id, query } = editing(this.url());
    if (!isItemKind(kind) || !id) return [];
    if (id !== 'new') {
      const place = this.store.placeOf(kind, id);
      return place ? [...place.ancestors, ...(kind === 'metric' ? [] : [id])] : [];
    }
    const parent = query.get('parent') ?? query.get('goal') ?? query.get('guardrail');
    const parentKind = query.get('goal') ? 'goal' : query.get('guardrail') ? 'guardrail' : { goal: 'priority', strategy: 'goal', tactic: 'strategy' }[kind as string];
    const place = parent && isItemKind(parentKind) ? this.store.placeOf(parentKind, parent) : undefined;
    return place && parent ? [...place.ancestors, parent] : [];
  });
  /** On a narrow screen the outline folds away while an item is edited, so the editor is at hand. */
  protected readonly narrow = signal(false);
  private readonly outlineChoice = signal<boolean | null>(null);
  protected readonly editingItem = computed(() => !!editing(this.url()).kind);
  protected readonly outlineShown = computed(() => !this.narrow() || (this.outlineChoice() ?? !this.editingItem()));
  protected readonly busy = signal(false);
  private readonly api = inject(PlanEditorApi);
  /** A district that starts empty (DEMO_SEED=never) creates its plan here; it becomes the district plan. */
  protected readonly creating = writeState();
  protected readonly problem = signal('');
  protected readonly loadError = computed(() => {
    const error = this.store.loadError();
    return error ? this.i18n.t('Could not load the plan: the server answered {status}.', { status: error.status }) : '';
  });

  constructor() {
    inject(I18n).register(PLAN_EDITOR_ES);
    const media = inject(DOCUMENT).defaultView?.matchMedia(NARROW);
    if (media) {
      this.narrow.set(media.matches);
      const listener = (event: MediaQueryListEvent) => this.narrow.set(event.matches);
      media.addEventListener('change', listener);
      inject(DestroyRef).onDestroy(() => media.removeEventListener('change', listener));
    }
    // Choosing another item moves the focus to its editor's heading (and so scrolls to it on a phone); a change
    // of query parameters only (the series of a metric's grid) does not.
    let lastPath = this.url().split('?')[0];
    const subscription = this.router.events.pipe(filter((e): e is NavigationEnd => e instanceof NavigationEnd)).subscribe((e) => {
      const path = e.urlAfterRedirects.split('?')[0];
      if (path === lastPath) return;
      lastPath = path;
      this.store.message.set('');
      this.outlineChoice.set(null);
      afterNextRender(() => this.host.querySelector<HTMLElement>('#editor-heading')?.focus(), { injector: this.injector });
    });
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  protected async createPlan(body: PlanBody): Promise<void> {
    if (await this.creating.run(() => this.api.createPlan({ ...body, active: true } as never), 'Plan created.')) this.store.reload();
  }

  protected toggleOutline(): void {
    this.outlineChoice.set(!this.outlineShown());
  }

  protected async move({ row, direction }: MoveRequest): Promise<void> {
    this.busy.set(true);
    this.problem.set('');
    try {
      await this.store.move(row.kind, row.id, direction);
      this.store.message.set(this.i18n.t(direction < 0 ? 'Moved up: {name}' : 'Moved down: {name}', { name: row.title }));
    } catch (error: unknown) {
      this.problem.set(this.describe(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected async remove(row: OutlineRow): Promise<void> {
    const t = (text: string) => this.i18n.t(text);
    const confirmed = await confirmDelete(this.dialog, {
      heading: t(DELETE_QUESTIONS[row.kind]),
      name: row.title,
      warning: t(DELETE_WARNINGS[row.kind]),
      confirm: t('Delete'),
    });
    if (!confirmed) return;
    const { kind, id } = editing(this.url());
    const current = isItemKind(kind) && id ? this.store.placeOf(kind, id) : undefined;
    const showsIt = id === row.id || !!current?.ancestors.includes(row.id);
    this.problem.set('');
    try {
      await this.store.remove(row.kind, row.id);
      if (showsIt) await this.router.navigate(['/admin/plan']);
      this.store.message.set(this.i18n.t('Deleted: {name}', { name: row.title }));
    } catch (error: unknown) {
      this.problem.set(this.describe(error));
    }
  }

  private describe(error: unknown): string {
    const problem = writeProblem(error);
    if (problem.kind === 'conflict') return this.i18n.t('Someone else changed this while you were editing. It has been reloaded with their changes: make your changes again.');
    if (problem.kind === 'invalid') return Object.values(problem.fields).flat().join(' ');
    return problem.fromApi ? problem.text : this.i18n.t(problem.text, problem.params);
  }
}
