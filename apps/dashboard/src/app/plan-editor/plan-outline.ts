import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, effect, inject, input, output, signal, untracked } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink, RouterLinkActive } from '@angular/router';
import type { Initiative, PlanTree } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import { ADD_LABELS, KIND_WORDS } from './labels';
import type { ItemKind } from './plan-editor-api';

/** A row of the outline, as its actions menu needs it. */
export interface OutlineRow {
  readonly kind: ItemKind;
  readonly id: string;
  readonly title: string;
  readonly first: boolean;
  readonly last: boolean;
}

export interface MoveRequest {
  readonly row: OutlineRow;
  readonly direction: -1 | 1;
}

/** What can be added under each kind, in menu order. */
const CHILDREN: Readonly<Partial<Record<ItemKind, readonly ItemKind[]>>> = {
  priority: ['goal'],
  goal: ['metric', 'strategy'],
  strategy: ['tactic'],
  guardrail: ['metric'],
};

/**
 * The plan as an outline: priorities → goals (their metrics and strategies) → tactics, then guardrails (with
 * their metrics) and the initiative inventory. Each title links to its editor; each row's menu adds under it,
 * moves it up or down, or deletes it. Goals and strategies fold, so the outline stays short.
 */
@Component({
  selector: 'tl-plan-outline',
  imports: [NgTemplateOutlet, RouterLink, RouterLinkActive, MatButtonModule, MatMenuModule, Icon, TPipe],
  templateUrl: './plan-outline.html',
  styleUrl: './plan-outline.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanOutline {
  readonly tree = input.required<PlanTree>();
  readonly initiatives = input.required<readonly Initiative[]>();
  /** Ids to unfold so the item being edited shows. */
  readonly openPath = input<readonly string[]>([]);
  readonly busy = input(false);
  readonly move = output<MoveRequest>();
  readonly remove = output<OutlineRow>();

  protected readonly exact = { paths: 'exact', queryParams: 'ignored', matrixParams: 'ignored', fragment: 'ignored' } as const;
  /** Rows whose fold differs from the default (priorities open, goals and strategies folded). */
  private readonly toggled = signal<ReadonlySet<string>>(new Set());
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  /** The row whose menu moved it: its menu button gets the focus back once the outline is redrawn. */
  private refocus: string | undefined;

  constructor() {
    effect(() => {
      const path = this.openPath();
      untracked(() => {
        const next = new Set(this.toggled());
        for (const id of path) {
          const isPriority = this.tree().priorities.some((p) => p.id === id);
          if (isPriority) next.delete(id);
          else next.add(id);
        }
        this.toggled.set(next);
      });
    });
    effect(() => {
      this.tree();
      const key = untracked(() => this.refocus);
      if (!key) return;
      this.refocus = undefined;
      afterNextRender(() => this.host.querySelector<HTMLElement>(`[data-actions="${key}"]`)?.focus(), { injector: this.injector });
    });
  }

  protected isOpen(id: string, openByDefault: boolean): boolean {
    return this.toggled().has(id) !== openByDefault;
  }

  protected toggle(id: string): void {
    this.toggled.update((set) => {
      const next = new Set(set);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  protected kindWord(row: OutlineRow): string {
    return KIND_WORDS[row.kind];
  }

  protected childrenOf(row: OutlineRow): readonly ItemKind[] {
    return CHILDREN[row.kind] ?? [];
  }

  protected addLabel(kind: ItemKind): string {
    return ADD_LABELS[kind];
  }

  protected row(kind: ItemKind, id: string, title: string, first: boolean, last: boolean): OutlineRow {
    return { kind, id, title, first, last };
  }

  /** The link that adds a `child` under `row`. */
  protected addLink(row: OutlineRow, child: ItemKind): { path: string[]; query: Record<string, string> } {
    if (child === 'metric') return { path: ['/admin/plan', 'metric', 'new'], query: { [row.kind]: row.id } };
    return { path: ['/admin/plan', child, 'new'], query: { parent: row.id } };
  }

  protected requestMove(row: OutlineRow, direction: -1 | 1): void {
    this.refocus = `${row.kind}:${row.id}`;
    this.move.emit({ row, direction });
  }
}
