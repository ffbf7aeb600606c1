import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { TacticSort } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import { IsoDatePipe } from './iso-date.pipe';
import { TacticFlags, TacticStatusChip } from './tactic-badges';
import type { TacticView } from './tactic-view';

type SortKey = 'title' | 'owner' | 'status' | 'due';

/** The tactics of one page; sorting is the API's (the column headers ask for it), so it spans every page. */
@Component({
  selector: 'tl-tactics-table',
  imports: [Icon, TPipe, IsoDatePipe, TacticFlags, TacticStatusChip],
  templateUrl: './tactics-table.html',
  styleUrl: './tactics-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TacticsTable {
  readonly rows = input.required<readonly TacticView[]>();
  readonly sort = input.required<TacticSort>();
  readonly locale = input.required<string>();
  readonly loading = input(false);
  readonly sortChange = output<TacticSort>();

  protected ariaSort(key: SortKey): 'ascending' | 'descending' | null {
    const sort = this.sort();
    return sort === key ? 'ascending' : sort === `-${key}` ? 'descending' : null;
  }

  protected sortIcon(key: SortKey): string {
    const direction = this.ariaSort(key);
    return direction === 'ascending' ? 'arrow-up' : direction === 'descending' ? 'arrow-down' : 'unfold-more';
  }

  protected percent(value: number): string {
    return new Intl.NumberFormat(this.locale(), { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
  }

  /** First click sorts ascending, the next one descending. */
  protected toggle(key: SortKey): void {
    this.sortChange.emit(this.sort() === key ? (`-${key}` as TacticSort) : key);
  }
}
