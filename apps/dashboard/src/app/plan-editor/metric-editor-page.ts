import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { Metric } from '@throughline/domain';
import { FormAlert } from '../auth/form-alert';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import { confirmDelete } from './confirm-dialog';
import { DELETE_QUESTIONS, DELETE_WARNINGS } from './labels';
import { type MetricBody, MetricForm } from './metric-form';
import { PlanEditorApi } from './plan-editor-api';
import { PlanEditorStore } from './plan-editor-store';
import { TargetHistory } from './target-history';
import { type GridRow, type GridSave, type RowErrors, TargetsGrid } from './targets-grid';
import { saveSeries } from './save-series';
import { type SeriesRef, parseSeriesKey, seriesKey, seriesValues, seriesWithData, targetHistory } from './targets-model';
import { writeState } from './write-state';

/**
 * A metric (`/admin/plan/metric/<id>`, or `metric/new?goal=<id>` / `?guardrail=<id>`): its fields, then its
 * baselines and yearly targets per series with their history. Series shown besides the district All Students
 * one are in the address (`?series=<school>~<group>,…`), so a view of the grid can be shared.
 */
@Component({
  selector: 'tl-metric-editor-page',
  imports: [MatButtonModule, RouterLink, Icon, TPipe, FormAlert, MetricForm, TargetsGrid, TargetHistory],
  templateUrl: './metric-editor-page.html',
  styleUrl: './editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MetricEditorPage {
  readonly id = input.required<string>();
  readonly goal = input<string>();
  readonly guardrail = input<string>();
  readonly series = input<string>();

  private readonly api = inject(PlanEditorApi);
  protected readonly store = inject(PlanEditorStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  protected readonly i18n = inject(I18n);

  protected readonly isNew = computed(() => this.id() === 'new');
  private readonly metricId = computed(() => (this.isNew() ? undefined : this.id()));
  protected readonly metric = this.api.item<Metric>(() => 'metric', this.metricId);
  private readonly baselines = this.api.baselines(this.metricId);
  private readonly history = this.api.targetHistory(this.metricId);
  private readonly groupsResource = this.api.groups();
  private readonly schoolsResource = this.api.schools();
  protected readonly groups = computed(() => this.groupsResource.value() ?? []);
  protected readonly schools = computed(() => this.schoolsResource.value() ?? []);
  protected readonly writes = writeState();

  protected readonly gridErrors = signal<Readonly<Record<string, RowErrors>>>({});
  protected readonly reasonErrors = signal<readonly string[]>([]);
  protected readonly gridPending = signal(false);
  protected readonly gridStatus = signal('');

  protected readonly context = computed(() => {
    const parent = this.isNew()
      ? (this.goal() && this.store.placeOf('goal', this.goal() as string)) || (this.guardrail() && this.store.placeOf('guardrail', this.guardrail() as string))
      : undefined;
    if (parent) return parent.title;
    const m = this.metric.value();
    const id = m?.goalId ?? m?.guardrailId;
    return (id && (this.store.placeOf('goal', id) ?? this.store.placeOf('guardrail', id))?.title) || '';
  });
  protected readonly missing = computed(() => this.metric.error()?.status === 404);

  private readonly allStudents = computed(() => this.groups().find((g) => g.kind === 'all')?.id);
  protected readonly labels = computed(() => {
    const es = this.i18n.lang() === 'es';
    const groups = new Map(this.groups().map((g) => [g.id, es ? g.nameEs : g.nameEn]));
    const schools = new Map(this.schools().map((s) => [s.id, s.name]));
    const district = this.i18n.t('District');
    return (ref: SeriesRef) => `${groups.get(ref.groupId) ?? ''} · ${ref.schoolId ? (schools.get(ref.schoolId) ?? '') : district}`;
  });
  /** The district All Students row, then the series asked for in the address. */
  private readonly shown = computed<SeriesRef[]>(() => {
    const all = this.allStudents();
    if (!all) return [];
    const asked = (this.series() ?? '').split(',').flatMap((key) => parseSeriesKey(key) ?? []);
    const district: SeriesRef = { schoolId: null, groupId: all };
    const refs = new Map([[seriesKey(district), district]]);
    for (const ref of asked) refs.set(seriesKey(ref), ref);
    return [...refs.values()];
  });
  protected readonly rows = computed<GridRow[]>(() => {
    const label = this.labels();
    return seriesValues(this.shown(), this.baselines.value() ?? [], this.history.value() ?? []).map((values, i) => ({
      key: seriesKey(values.ref),
      label: label(values.ref),
      values,
      removable: i > 0,
    }));
  });
  /** Series with targets of their own that the grid does not show yet. */
  protected readonly hidden = computed(() => {
    const shown = new Set(this.shown().map(seriesKey));
    return seriesWithData(this.baselines.value() ?? [], this.history.value() ?? []).filter((ref) => !shown.has(seriesKey(ref)));
  });
  protected readonly historyEntries = computed(() => targetHistory(this.history.value() ?? []));
  protected readonly historyLabels = computed(() => {
    const label = this.labels();
    return new Map(seriesWithData([], this.history.value() ?? []).map((ref) => [seriesKey(ref), label(ref)]));
  });
  protected readonly gridLoading = computed(() => !this.baselines.value() || !this.history.value() || !this.groupsResource.value());

  constructor() {
    effect(() => {
      this.id();
      untracked(() => {
        this.writes.clear();
        this.gridErrors.set({});
        this.reasonErrors.set([]);
        this.gridStatus.set('');
      });
    });
  }

  protected async saveMetric(body: MetricBody): Promise<void> {
    if (this.isNew()) {
      const parent = this.goal() ? { goalId: this.goal() } : { guardrailId: this.guardrail() };
      const created = await this.writes.run(() => this.api.create<Metric>('metric', { ...body, ...parent }), 'Saved. Now set its baseline and yearly targets.');
      if (created) {
        this.store.reload();
        await this.router.navigate(['/admin/plan', 'metric', created.id], { replaceUrl: true });
      }
      return;
    }
    const version = this.metric.value()?.version;
    const saved = await this.writes.run(() => this.api.update('metric', this.id(), { ...body, version }), 'Saved.', () => this.metric.reload());
    if (saved) {
      this.metric.reload();
      this.store.reload();
    }
  }

  protected async saveTargets(save: GridSave): Promise<void> {
    if (this.gridPending()) return;
    this.gridPending.set(true);
    this.gridStatus.set('');
    try {
      const result = await saveSeries(this.api, this.id(), save, (text) => this.i18n.t(text));
      this.gridErrors.set(result.errors);
      this.reasonErrors.set(result.reason);
      this.gridStatus.set(this.i18n.t(result.ok ? 'Targets saved.' : 'Some series were not saved: see the messages in the grid.'));
    } finally {
      this.gridPending.set(false);
      this.baselines.reload();
      this.history.reload();
      this.store.reload();
    }
  }

  protected showSeries(refs: readonly SeriesRef[]): void {
    const keys = new Set([...this.shown().slice(1), ...refs].map(seriesKey));
    void this.setSeries([...keys]);
  }

  protected hideSeries(key: string): void {
    void this.setSeries(this.shown().slice(1).map(seriesKey).filter((k) => k !== key));
  }

  private setSeries(keys: readonly string[]): Promise<boolean> {
    return this.router.navigate([], { relativeTo: this.route, queryParams: { series: keys.length ? keys.join(',') : null }, queryParamsHandling: 'merge', replaceUrl: true });
  }

  protected async remove(): Promise<void> {
    const name = this.metric.value()?.name ?? '';
    const t = (text: string) => this.i18n.t(text);
    const confirmed = await confirmDelete(this.dialog, { heading: t(DELETE_QUESTIONS.metric), name, warning: t(DELETE_WARNINGS.metric), confirm: t('Delete') });
    if (!confirmed) return;
    const done = await this.writes.run(() => this.store.remove('metric', this.id()), 'Deleted.');
    if (done) {
      await this.router.navigate(['/admin/plan']);
      this.store.message.set(this.i18n.t('Deleted: {name}', { name }));
    }
  }
}
