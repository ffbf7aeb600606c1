import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { type School, type StudentGroup, schoolYearLabel } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import { type RowChanges, type RowDraft, type SeriesRef, type SeriesValues, draftOf, hasChanges, rowChanges } from './targets-model';

export interface GridRow {
  readonly key: string;
  readonly label: string;
  readonly values: SeriesValues;
  /** The district All Students row is always shown. */
  readonly removable: boolean;
}

/** Messages beside one row's cells: the API's (English) and the editor's own (already translated). */
export interface RowErrors {
  /** "en" when the messages are the API's (English on a Spanish page too). */
  readonly lang: 'en' | null;
  readonly byYear: Readonly<Record<number, readonly string[]>>;
  readonly value: readonly string[];
  readonly asOf: readonly string[];
  readonly other: readonly string[];
}

export interface GridSave {
  readonly changes: readonly { readonly key: string; readonly ref: SeriesRef; readonly changes: RowChanges }[];
  readonly reason: string;
}

/**
 * The yearly targets of a metric: one row per series (district or school × student group), the baseline (value
 * and as-of date) and one column per school year of the plan's horizon. Cells are plain inputs labelled by their
 * row and column headers; messages sit under the cell and are linked with aria-describedby.
 */
@Component({
  selector: 'tl-targets-grid',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, Icon, TPipe],
  templateUrl: './targets-grid.html',
  styleUrl: './targets-grid.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TargetsGrid {
  readonly rows = input.required<readonly GridRow[]>();
  readonly years = input.required<readonly number[]>();
  readonly groups = input.required<readonly StudentGroup[]>();
  readonly schools = input.required<readonly School[]>();
  readonly lang = input<'en' | 'es'>('en');
  readonly errors = input<Readonly<Record<string, RowErrors>>>({});
  readonly reasonErrors = input<readonly string[]>([]);
  readonly pending = input(false);
  readonly save = output<GridSave>();
  readonly addSeries = output<SeriesRef>();
  readonly removeSeries = output<string>();

  protected readonly yearLabel = schoolYearLabel;
  protected readonly drafts = signal<Readonly<Record<string, RowDraft>>>({});
  protected readonly reason = signal('');
  protected readonly newGroup = signal<string | null>(null);
  protected readonly newSchool = signal<string | null>(null);
  /** The values each draft was made from: a row is reset only when its saved values change. */
  private readonly basis = new Map<string, string>();

  protected readonly changes = computed(() =>
    this.rows().map((row) => {
      const draft = this.drafts()[row.key] ?? draftOf(row.values, this.years());
      return { row, changes: rowChanges(row.values, draft, this.years()) };
    }),
  );
  protected readonly dirty = computed(() => this.changes().some((c) => hasChanges(c.changes)));
  /** Changing a target already set needs a reason (the API keeps the old one in the history). */
  protected readonly reasonNeeded = computed(() => this.changes().some((c) => c.changes.changesExisting.length > 0) || this.reasonErrors().length > 0);
  protected readonly groupOptions = computed(() => this.groups().filter((g) => g.active));
  protected readonly reasonMatcher: ErrorStateMatcher = { isErrorState: () => this.reasonErrors().length > 0 };

  constructor() {
    effect(() => {
      const rows = this.rows();
      const years = this.years();
      untracked(() => {
        const next: Record<string, RowDraft> = {};
        for (const row of rows) {
          const basis = JSON.stringify(row.values);
          const current = this.drafts()[row.key];
          next[row.key] = current && this.basis.get(row.key) === basis ? current : draftOf(row.values, years);
          this.basis.set(row.key, basis);
        }
        this.drafts.set(next);
        if (!this.dirty()) this.reason.set('');
      });
    });
  }

  protected draft(key: string): RowDraft {
    return this.drafts()[key] ?? { baselineValue: '', baselineAsOf: '', targets: {} };
  }

  protected cell(key: string, year: number): string {
    return this.draft(key).targets[year] ?? '';
  }

  protected setTarget(key: string, year: number, value: string): void {
    const draft = this.draft(key);
    this.drafts.update((all) => ({ ...all, [key]: { ...draft, targets: { ...draft.targets, [year]: value } } }));
  }

  protected setBaseline(key: string, part: 'baselineValue' | 'baselineAsOf', value: string): void {
    this.drafts.update((all) => ({ ...all, [key]: { ...this.draft(key), [part]: value } }));
  }

  protected groupName(group: StudentGroup): string {
    return this.lang() === 'es' ? group.nameEs : group.nameEn;
  }

  protected messages(key: string, part: 'value' | 'asOf' | 'other'): readonly string[] {
    return this.errors()[key]?.[part] ?? [];
  }

  protected yearMessages(key: string, year: number): readonly string[] {
    return this.errors()[key]?.byYear[year] ?? [];
  }

  protected add(): void {
    const group = this.newGroup() ?? this.groups().find((g) => g.kind === 'all')?.id;
    if (group) this.addSeries.emit({ schoolId: this.newSchool(), groupId: group });
  }

  protected submit(): void {
    if (this.pending() || !this.dirty()) return;
    const changes = this.changes()
      .filter((c) => hasChanges(c.changes))
      .map((c) => ({ key: c.row.key, ref: c.row.values.ref, changes: c.changes }));
    this.save.emit({ changes, reason: this.reason().trim() });
  }
}
