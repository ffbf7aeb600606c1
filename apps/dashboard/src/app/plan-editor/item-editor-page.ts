import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Router, RouterLink } from '@angular/router';
import type { Guardrail, Initiative, PlanNode, Tactic } from '@throughline/domain';
import { FormAlert } from '../auth/form-alert';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import { confirmDelete } from './confirm-dialog';
import { InitiativeForm } from './initiative-form';
import { ADD_LABELS, DELETE_QUESTIONS, DELETE_WARNINGS, EDIT_LABELS, NEW_LABELS } from './labels';
import { NodeForm } from './node-form';
import { type ItemKind, type ItemRecord, PARENT, PlanEditorApi, isItemKind } from './plan-editor-api';
import { PlanEditorStore } from './plan-editor-store';
import { TacticForm } from './tactic-form';
import { writeState } from './write-state';

type EditorKind = Exclude<ItemKind, 'metric'>;

/**
 * Edits one priority, goal, strategy, tactic, guardrail or initiative (`/admin/plan/goal/<id>`), or creates one
 * (`/admin/plan/goal/new?parent=<priority id>`). After creating, the address becomes the new item's.
 */
@Component({
  selector: 'tl-item-editor-page',
  imports: [MatButtonModule, RouterLink, Icon, TPipe, FormAlert, NodeForm, TacticForm, InitiativeForm],
  templateUrl: './item-editor-page.html',
  styleUrl: './editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemEditorPage {
  readonly kind = input.required<string>();
  readonly id = input.required<string>();
  /** For a new item: the id of the priority, goal or strategy it goes under. */
  readonly parent = input<string>();

  private readonly api = inject(PlanEditorApi);
  protected readonly store = inject(PlanEditorStore);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18n);

  protected readonly editorKind = computed<EditorKind | undefined>(() => {
    const kind = this.kind();
    return isItemKind(kind) && kind !== 'metric' ? kind : undefined;
  });
  protected readonly isNew = computed(() => this.id() === 'new');
  protected readonly record = this.api.item<ItemRecord>(this.editorKind, () => (this.isNew() ? undefined : this.id()));
  private readonly schoolsResource = this.api.schools(() => this.editorKind() === 'tactic');
  protected readonly schools = computed(() => this.schoolsResource.value() ?? []);
  protected readonly writes = writeState();

  protected readonly node = computed(() => this.record.value() as PlanNode | Guardrail | undefined);
  protected readonly tactic = computed(() => this.record.value() as Tactic | undefined);
  protected readonly initiative = computed(() => this.record.value() as Initiative | undefined);
  protected readonly heading = computed(() => {
    const kind = this.editorKind();
    if (!kind) return 'Page not found';
    return this.isNew() ? NEW_LABELS[kind] : EDIT_LABELS[kind];
  });
  /** "Under: <the goal>" — where the item sits in the plan. */
  protected readonly context = computed(() => {
    const kind = this.editorKind();
    if (!kind) return '';
    const parentKind = PARENT[kind].kind;
    const parentId = this.isNew() ? this.parent() : this.store.placeOf(kind, this.id())?.parentId;
    if (parentKind === 'plan') return this.store.plan()?.name ?? '';
    return (parentId && this.store.placeOf(parentKind, parentId)?.title) || '';
  });
  protected readonly missing = computed(() => this.record.error()?.status === 404);
  protected readonly addChild = computed(() => {
    const kind = this.editorKind();
    const child = kind === 'priority' ? 'goal' : kind === 'goal' ? 'strategy' : kind === 'strategy' ? 'tactic' : undefined;
    return child && !this.isNew() ? { kind: child, label: ADD_LABELS[child] } : undefined;
  });

  constructor() {
    // Another item, another form: forget the previous one's messages.
    effect(() => {
      this.kind();
      this.id();
      untracked(() => this.writes.clear());
    });
  }

  protected async save(body: object): Promise<void> {
    const kind = this.editorKind();
    if (!kind) return;
    if (this.isNew()) {
      const parentId = PARENT[kind].kind === 'plan' ? this.store.plan()?.id : this.parent();
      const created = await this.writes.run(() => this.api.create(kind, { ...body, [PARENT[kind].field]: parentId }), 'Saved.');
      if (created) {
        this.store.reload();
        await this.router.navigate(['/admin/plan', kind, created.id], { replaceUrl: true });
      }
      return;
    }
    const version = kind === 'tactic' ? { version: this.tactic()?.version } : {};
    const saved = await this.writes.run(() => this.api.update(kind, this.id(), { ...body, ...version }), 'Saved.', () => this.record.reload());
    if (saved) {
      this.record.reload();
      this.store.reload();
    }
  }

  protected async remove(): Promise<void> {
    const kind = this.editorKind();
    if (!kind) return;
    const name = this.store.placeOf(kind, this.id())?.title ?? '';
    const t = (text: string) => this.i18n.t(text);
    const confirmed = await confirmDelete(this.dialog, { heading: t(DELETE_QUESTIONS[kind]), name, warning: t(DELETE_WARNINGS[kind]), confirm: t('Delete') });
    if (!confirmed) return;
    const done = await this.writes.run(() => this.store.remove(kind, this.id()), 'Deleted.');
    if (done) {
      await this.router.navigate(['/admin/plan']);
      this.store.message.set(this.i18n.t('Deleted: {name}', { name }));
    }
  }
}
