import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { MetricPublishFields } from '@throughline/domain';
import { FormAlert } from '../auth/form-alert';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { EmptyState } from '../shared/empty-state';
import { Icon } from '../shared/icon';
import { DataApi, type Source, type SourceWrite, describeApiError } from './data-api';
import { DATA_ES } from './data.es';
import { LocalTimePipe, SchedulePipe } from './data-pipes';
import { KIND_WORDS } from './data-words';
import { MappingPreview, type PreviewNames } from './mapping-preview';
import { RunHistory } from './run-history';
import { RunPanel } from './run-panel';
import { RunStateChip } from './run-state-chip';
import { SourceActions } from './source-actions';
import { SourceFilterBar } from './source-filter-bar';
import { SourceForm } from './source-form';
import { type SourceFilters, filterParams, filterSources, hasFilters, parseFilters } from './source-filters';
import { SourceStore } from './source-store';
import { SourceTable } from './source-table';

/**
 * `/data`: the district's data sources for stewards and admins; `/data?source=<id>` (the digest emails link
 * there): one source, its runs followed live, and what its steward can do with it.
 */
@Component({
  selector: 'tl-data-page',
  imports: [
    RouterLink, MatButtonModule, TPipe, Icon, EmptyState, FormAlert, LocalTimePipe, SchedulePipe,
    SourceFilterBar, SourceTable, SourceActions, RunPanel, RunHistory, RunStateChip, MappingPreview, SourceForm,
  ],
  providers: [SourceStore],
  templateUrl: './data-page.html',
  styleUrl: './data-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DataPage {
  // Query parameters (bound by the router): the selected source and the list's filters.
  readonly source = input<string>();
  readonly q = input<string>();
  readonly kind = input<string>();
  readonly state = input<string>();
  readonly steward = input<string>();
  readonly active = input<string>();
  /** `?create=1`: the form for a new source; `?edit=1` with a source: the form for that one. */
  readonly create = input<string>();
  readonly edit = input<string>();

  protected readonly store = inject(SourceStore);
  protected readonly i18n = inject(I18n);
  private readonly router = inject(Router);
  protected readonly kindWords = KIND_WORDS;
  // Link targets as fields: a literal in the template would pull Angular's pureFunction helpers into the initial bundle.
  protected readonly here: readonly unknown[] = [];
  protected readonly toList = { source: null, edit: null };
  protected readonly toEdit = { edit: 1 };
  protected readonly toCreate = { create: 1 };
  protected readonly offCreate = { create: null };

  protected readonly sourceId = computed(() => {
    const id = this.source()?.trim();
    return id && /^[0-9a-f-]{36}$/i.test(id) ? id : undefined;
  });
  protected readonly creating = computed(() => this.create() === '1' && !this.sourceId() && this.store.canCreate());
  protected readonly editing = computed(() => this.edit() === '1' && this.store.canManage());
  /** Admins may name anyone as a source's steward; a steward's sources are their own. */
  protected readonly stewardChoices = computed(() => {
    if (!this.store.me()?.roles.includes('admin')) return [];
    return (this.store.people.value()?.items ?? []).filter((p) => p.active).map((p) => ({ id: p.id, name: p.name })).sort((a, b) => a.name.localeCompare(b.name));
  });
  protected readonly filters = computed(() =>
    parseFilters({ q: this.q(), kind: this.kind(), state: this.state(), steward: this.steward(), active: this.active() }),
  );
  protected readonly filtered = computed(() => filterSources(this.store.sources.value() ?? [], this.filters(), this.store.me()?.personId));
  protected readonly total = computed(() => this.store.sources.value()?.length ?? 0);
  protected readonly shown = computed(() => ({ n: this.filtered().length, total: this.total() }));
  protected readonly filtering = computed(() => hasFilters(this.filters()));
  protected readonly stewards = computed(() => {
    const names = this.store.names();
    const ids = [...new Set((this.store.sources.value() ?? []).map((s) => s.stewardId))];
    return ids.map((id) => ({ id, name: names[id] ?? id })).sort((a, b) => a.name.localeCompare(b.name));
  });
  protected readonly listError = computed(() => (this.store.sources.error() ? describeApiError(this.store.sources.error(), this.i18n).message : ''));
  protected readonly runsError = computed(() => (this.store.runs.error() ? describeApiError(this.store.runs.error(), this.i18n).message : ''));

  private readonly reference = inject(DataApi).reference(() => !!this.store.preview() || this.creating() || this.editing());
  protected readonly previewNames = computed<PreviewNames>(() => {
    const es = this.i18n.lang() === 'es';
    return {
      schools: Object.fromEntries((this.reference.schools.value() ?? []).map((s) => [s.id, `${s.name} (${s.code})`])),
      groups: Object.fromEntries((this.reference.groups.value() ?? []).map((g) => [g.id, es ? g.nameEs : g.nameEn])),
      metrics: Object.fromEntries((this.reference.metrics.value() ?? []).map((m) => [m.id, m.name])),
    };
  });
  /** For the mapping help beside the form: metrics by name with their ids, the district's group codes. */
  protected readonly helpMetrics = computed(() => {
    const es = this.i18n.lang() === 'es';
    return (this.reference.metrics.value() ?? [])
      .map((m) => ({ id: m.id, name: (es && (m as Partial<MetricPublishFields>).nameEs) || m.name }))
      .sort((a, b) => a.name.localeCompare(b.name));
  });
  protected readonly helpGroups = computed(() => {
    const es = this.i18n.lang() === 'es';
    return (this.reference.groups.value() ?? []).filter((g) => g.active).map((g) => ({ code: g.code, name: es ? g.nameEs : g.nameEn }));
  });
  protected readonly mappingJson = computed(() => JSON.stringify(this.store.source()?.mapping ?? {}, null, 2));

  constructor() {
    this.i18n.register(DATA_ES);
    effect(() => this.store.select(this.sourceId()));
  }

  /** Which secrets are stored, by name (their values never reach the browser). */
  protected secretNames(source: Source): string {
    return [...source.secrets.headers, ...(source.secrets.connectionString ? [this.i18n.t('connection string')] : [])].join(', ');
  }

  protected async save(body: SourceWrite): Promise<void> {
    const id = this.editing() ? this.sourceId() : undefined;
    const saved = await this.store.save(body, id);
    if (saved) await this.router.navigate([], { queryParams: { source: saved.id, create: null, edit: null }, queryParamsHandling: 'merge' });
  }

  protected closeForm(): void {
    this.store.clearForm();
    void this.router.navigate([], { queryParams: { create: null, edit: null }, queryParamsHandling: 'merge' });
  }

  protected applyFilters(filters: SourceFilters): void {
    void this.router.navigate([], { queryParams: filterParams(filters), queryParamsHandling: 'merge', replaceUrl: true });
  }
}
