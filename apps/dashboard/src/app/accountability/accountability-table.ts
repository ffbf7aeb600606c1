import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import '../my-work/work-icons';
import { AmountPipe, DayPipe, SharePipe } from '../my-work/work-pipes';
import type { AccountabilityItem, AccountabilityRow, GroupBy } from './accountability-api';
import { AccountabilityItems } from './accountability-items';
import { type SortDir, type SortKey, onTimeLook } from './review-rows';

const COLUMNS: readonly { readonly key: SortKey; readonly label: string }[] = [
  { key: 'tactics', label: 'Tactics' },
  { key: 'onTime', label: 'On-time check-ins' },
  { key: 'overdue', label: 'Overdue tactics' },
  { key: 'stale', label: 'Stale tactics' },
  { key: 'days', label: 'Days since last check-in (median)' },
  { key: 'last', label: 'Last check-in' },
];

/**
 * The review table: one row per owner or department, sortable by every column (the header buttons), each row
 * opening its tactics underneath. Below 720 px the rows become cards, each value labelled.
 */
@Component({
  selector: 'tl-accountability-table',
  imports: [AccountabilityItems, Icon, TPipe, DayPipe, SharePipe, AmountPipe],
  templateUrl: './accountability-table.html',
  styleUrl: './accountability-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountabilityTable {
  readonly rows = input.required<readonly AccountabilityRow[]>();
  readonly groupBy = input.required<GroupBy>();
  readonly sortKey = input.required<SortKey>();
  readonly sortDir = input.required<SortDir>();
  /** The key of the row whose tactics are shown (null: none). */
  readonly open = input<string | null>(null);
  readonly items = input<readonly AccountabilityItem[]>([]);
  readonly itemsLoading = input(false);
  readonly itemsError = input('');
  readonly sort = output<SortKey>();
  readonly expand = output<string>();

  protected readonly columns = COLUMNS;
  protected readonly look = onTimeLook;

  protected ariaSort(key: SortKey): 'ascending' | 'descending' | null {
    return this.sortKey() === key ? (this.sortDir() === 'asc' ? 'ascending' : 'descending') : null;
  }

  protected rowId(row: AccountabilityRow): string {
    // Department names may hold spaces; ids may not.
    return `review-${this.rows().indexOf(row)}`;
  }
}
