import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { MetricUnit, PeriodKind } from '@throughline/domain';
import type { Lang } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import { type CellDraft, type Drafts, type RowMessages, cellKey, initialDrafts } from './entry-grid';
import type { DataRequest, EntryRow } from './my-work-api';
import { DayPipe } from './work-pipes';

export interface EntryState {
  readonly saving: boolean;
  readonly rows: Readonly<Record<string, RowMessages>>;
  readonly message: string;
  readonly tone: 'error' | 'success' | 'info';
}
export const ENTRY_IDLE: EntryState = { saving: false, rows: {}, message: '', tone: 'info' };

const UNIT_WORDS: Readonly<Record<MetricUnit, string>> = {
  percent: 'Value (%)',
  count: 'Value (count)',
  rate: 'Value (rate)',
  score: 'Value (score)',
  currency: 'Value ($)',
  ratio: 'Value (ratio)',
};
const PERIOD_WORDS: Readonly<Record<PeriodKind, string>> = {
  month: 'The month ending {date}',
  quarter: 'The quarter ending {date}',
  semester: 'The semester ending {date}',
  year: 'The school year ending {date}',
};
const NO_MESSAGES: RowMessages = { value: [], n: [], row: [] };

/**
 * A data request as an entry grid: rows are the district and schools (or groups), columns the value and n. The
 * API's per-row messages are shown beside their cells, and the typed values stay until they are saved.
 */
@Component({
  selector: 'tl-data-request-card',
  imports: [MatButtonModule, Icon, TPipe, DayPipe],
  templateUrl: './data-request-card.html',
  styleUrl: './data-request-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DataRequestCard {
  readonly request = input.required<DataRequest>();
  readonly lang = input<Lang>('en');
  readonly state = input<EntryState>(ENTRY_IDLE);
  readonly save = output<Drafts>();

  protected readonly drafts = signal<Drafts>({});
  protected readonly unitWords = UNIT_WORDS;
  protected readonly periodWords = computed(() => PERIOD_WORDS[this.request().period.kind]);
  protected readonly headingId = computed(() => `request-${this.request().sourceId}-title`);
  private started = '';

  constructor() {
    effect(() => {
      const request = this.request();
      const key = `${request.sourceId}:${request.period.end}`;
      if (key === this.started) return;
      this.started = key;
      untracked(() => this.drafts.set(initialDrafts(request)));
    });
  }

  protected key(metricId: string, row: EntryRow): string {
    return cellKey(metricId, row);
  }

  protected draft(key: string): CellDraft {
    return this.drafts()[key] ?? { value: '', n: '' };
  }

  protected messages(key: string): RowMessages {
    return this.state().rows[key] ?? NO_MESSAGES;
  }

  protected place(row: EntryRow): string {
    return row.schoolName ?? '';
  }

  protected group(row: EntryRow): string {
    return this.lang() === 'es' ? row.groupNameEs : row.groupNameEn;
  }

  protected edit(key: string, column: keyof CellDraft, text: string): void {
    this.drafts.update((all) => ({ ...all, [key]: { ...(all[key] ?? { value: '', n: '' }), [column]: text } }));
  }

  protected submit(): void {
    if (!this.state().saving) this.save.emit(this.drafts());
  }
}
