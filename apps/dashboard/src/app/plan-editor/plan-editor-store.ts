import { Injectable, computed, inject, signal } from '@angular/core';
import type { Person } from '@throughline/domain';
import { type ItemKind, PlanEditorApi } from './plan-editor-api';
import { goalOptions, placeOf, withSortOrders } from './outline-model';
import { reorder } from './reorder';
import { horizonYears } from './targets-model';

/**
 * The plan being edited, shared by the editor's pages (provided on the editor's route): the active plan, its
 * tree, initiatives and the people who can own things. Every save reloads it, so the outline shows the change.
 */
@Injectable()
export class PlanEditorStore {
  private readonly api = inject(PlanEditorApi);
  private readonly plans = this.api.plans();
  readonly plan = computed(() => {
    const plans = this.plans.value();
    return plans?.find((p) => p.active) ?? plans?.[0];
  });
  private readonly planId = computed(() => this.plan()?.id);
  private readonly treeResource = this.api.tree(this.planId);
  private readonly initiativesResource = this.api.initiatives(this.planId);
  private readonly peopleResource = this.api.people();

  readonly tree = this.treeResource.value;
  readonly initiatives = computed(() => this.initiativesResource.value() ?? []);
  readonly people = computed<readonly Person[]>(() => this.peopleResource.value()?.items ?? []);
  readonly peopleById = computed(() => new Map(this.people().map((p) => [p.id, p])));
  readonly years = computed(() => {
    const plan = this.plan();
    return plan ? horizonYears(plan.firstSchoolYear, plan.lastSchoolYear) : [];
  });
  readonly goals = computed(() => goalOptions(this.tree()));
  /** True until the first answers; a reload keeps showing the previous outline. */
  readonly loading = computed(() => !this.plans.hasValue() || (!!this.planId() && !this.treeResource.value() && !this.treeResource.error()));
  readonly noPlan = computed(() => this.plans.value()?.length === 0);
  readonly loadError = computed(() => this.plans.error() ?? this.treeResource.error() ?? this.peopleResource.error());

  /** A line for the outline's status region ("Deleted.", "Moved."), already translated. */
  readonly message = signal('');

  reload(): void {
    this.plans.reload();
    this.treeResource.reload();
    this.initiativesResource.reload();
  }

  placeOf(kind: ItemKind, id: string) {
    const tree = this.tree();
    return tree ? placeOf(tree, this.initiatives(), kind, id) : undefined;
  }

  /**
   * Moves an item up or down among its siblings by renumbering their sortOrder. Tactics and metrics carry a
   * version (409 when stale), which the tree leaves out: those siblings are read first.
   */
  async move(kind: ItemKind, id: string, direction: -1 | 1): Promise<void> {
    const place = this.placeOf(kind, id);
    if (!place?.parentId) return;
    const versions = new Map<string, number>();
    let fetched: { id: string; sortOrder: number }[] = [];
    if (kind === 'tactic') {
      fetched = [...(await this.api.tacticsOf(place.parentId)).items];
    } else if (kind === 'metric') {
      const underGuardrail = this.tree()?.guardrails.some((g) => g.id === place.parentId);
      fetched = await this.api.metricsOf(underGuardrail ? { guardrailId: place.parentId } : { goalId: place.parentId });
    }
    for (const f of fetched as { id: string; version?: number }[]) if (f.version !== undefined) versions.set(f.id, f.version);
    const changes = reorder(withSortOrders(place, fetched), id, direction);
    try {
      for (const change of changes) {
        const version = versions.get(change.id);
        await this.api.update(kind, change.id, version === undefined ? { sortOrder: change.sortOrder } : { sortOrder: change.sortOrder, version });
      }
    } finally {
      this.reload();
    }
  }

  /** Deletes an item (and, by the database's cascade, everything under it). */
  async remove(kind: ItemKind, id: string): Promise<true> {
    try {
      await this.api.remove(kind, id);
      return true;
    } finally {
      this.reload();
    }
  }
}
