import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import type { Source } from './data-api';
import { LocalTimePipe, SchedulePipe, WhenPipe } from './data-pipes';
import { KIND_WORDS } from './data-words';
import { RunCounts } from './run-counts';
import { RunStateChip } from './run-state-chip';

/** The data sources as a table; on a phone each row becomes a card of labelled cells. */
@Component({
  selector: 'tl-source-table',
  imports: [RouterLink, TPipe, Icon, RunStateChip, RunCounts, WhenPipe, LocalTimePipe, SchedulePipe],
  templateUrl: './source-table.html',
  styleUrl: './source-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SourceTable {
  readonly sources = input.required<readonly Source[]>();
  /** Person id → name, for the stewards. */
  readonly names = input<Readonly<Partial<Record<string, string>>>>({});
  readonly timeZone = input<string>();
  protected readonly kindWords = KIND_WORDS;
  protected readonly here: readonly unknown[] = [];
  /** Each row with its link's query (built here: template literals would add helpers to the initial bundle). */
  protected readonly rows = computed(() => this.sources().map((source) => ({ source, query: { source: source.id } })));
}
