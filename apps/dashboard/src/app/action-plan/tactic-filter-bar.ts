import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, type ElementRef, effect, inject, input, output, signal, untracked, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TACTIC_STATUSES } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import type { ActionPlanFilters } from './action-plan-filters';
import { TACTIC_STATUS_LOOK } from './tactic-badges';

export interface Choice {
  readonly id: string;
  readonly label: string;
}
export interface ChoiceGroup {
  readonly label: string;
  readonly choices: readonly Choice[];
}

/** The filters of the action plan; every change goes up to the page, which puts it in the URL. */
@Component({
  selector: 'tl-tactic-filter-bar',
  imports: [MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, Icon, TPipe],
  templateUrl: './tactic-filter-bar.html',
  styles: `
    .filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 4px 12px; align-items: start; }
    .search { grid-column: 1 / -1; max-width: 560px; }
    .flags { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 16px; grid-column: 1 / -1; }
    mat-form-field { width: 100%; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TacticFilterBar {
  private readonly document = inject(DOCUMENT);
  readonly filters = input.required<ActionPlanFilters>();
  readonly priorities = input.required<readonly Choice[]>();
  readonly goals = input.required<readonly ChoiceGroup[]>();
  readonly people = input.required<readonly Choice[]>();
  readonly schools = input.required<readonly Choice[]>();
  readonly canClear = input(false);
  readonly filterChange = output<Partial<ActionPlanFilters>>();
  /** Each keystroke of the search box (the page waits for a pause before it asks the API). */
  readonly searchChange = output<string>();
  readonly clear = output<void>();

  protected readonly statuses = TACTIC_STATUSES.map((status) => ({ status, label: TACTIC_STATUS_LOOK[status].label }));
  protected readonly text = signal('');
  private readonly searchBox = viewChild<ElementRef<HTMLInputElement>>('searchBox');

  constructor() {
    // The URL's search words fill the box, unless the person is typing in it right now.
    effect(() => {
      const q = this.filters().q;
      untracked(() => {
        const typing = this.document.activeElement === this.searchBox()?.nativeElement;
        if (!typing || !q) this.text.set(q);
      });
    });
  }

  protected typed(value: string): void {
    this.text.set(value);
    this.searchChange.emit(value);
  }

  protected date(key: 'dueFrom' | 'dueTo', value: string): void {
    this.filterChange.emit({ [key]: value });
  }

  /** A choice of a list (native selects: mat-select would pull overlay code into the initial bundle). */
  protected pick(key: 'priority' | 'goal' | 'owner' | 'school' | 'status', event: Event): void {
    this.filterChange.emit({ [key]: (event.target as HTMLSelectElement).value });
  }
}
