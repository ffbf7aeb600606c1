import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { EmptyState } from '../shared/empty-state';
import { LineChart } from '../shared/line-chart';
import { HealthCard } from './health-card';
import { SystemApi, errorMessage, healthView } from './system-api';
import { SYSTEM_ES } from './system.es';
import { toRunSeries } from './to-run-series';

const RUNS_SHOWN = 50;

@Component({
  selector: 'tl-system-page',
  imports: [HealthCard, LineChart, MatCardModule, EmptyState, TPipe],
  template: `
    <h1>{{ 'Admin' | t }}</h1>
    <p class="lead">{{ 'The state of the system: its services, its version and the scheduled data collection.' | t }}</p>
    <div class="grid">
      <tl-health-card [health]="health.health()" [loading]="health.loading()" [error]="health.error()" [locale]="i18n.locale()" (refresh)="healthResource.reload()" />
      <mat-card appearance="outlined" class="runs">
        <mat-card-header><mat-card-title><h2 class="title">{{ 'Collection sweep runs' | t }}</h2></mat-card-title></mat-card-header>
        <mat-card-content>
          @if (runs.error()) {
            <p role="alert">{{ runsError() }}</p>
          } @else if (series().length === 0) {
            <tl-empty-state icon="schedule" [heading]="'No runs yet' | t">{{ 'The sweep runs on a schedule; its runs appear here.' | t }}</tl-empty-state>
          } @else {
            <tl-line-chart
              [series]="series()"
              [label]="'Duration of the most recent collection sweep runs, in milliseconds' | t"
              [xLabel]="'Started' | t"
              [yLabel]="'Duration (ms)' | t"
              [locale]="i18n.locale()"
            />
            <table class="table">
              <caption>{{ 'Most recent {n} runs' | t: { n: rows().length } }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'Started' | t }}</th>
                  <th scope="col">{{ 'Outcome' | t }}</th>
                  <th scope="col">{{ 'Duration (ms)' | t }}</th>
                  <th scope="col">{{ 'Detail' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (run of rows(); track run.id) {
                  <tr><td>{{ started(run.startedAt) }}</td><td>{{ run.outcome | t }}</td><td>{{ run.durationMs ?? '—' }}</td><td>{{ run.detail }}</td></tr>
                }
              </tbody>
            </table>
          }
        </mat-card-content>
      </mat-card>
    </div>
  `,
  styles: `
    h1 { font: var(--mat-sys-headline-medium); margin: 0 0 8px; }
    .lead { margin: 0 0 16px; color: var(--mat-sys-on-surface-variant); }
    .grid { display: grid; grid-template-columns: minmax(280px, 1fr) minmax(300px, 2fr); gap: 16px; align-items: start; }
    @media (max-width: 959.98px) { .grid { grid-template-columns: 1fr; } }
    .title { font: var(--mat-sys-title-large); margin: 0; }
    .table { width: 100%; border-collapse: collapse; margin-top: 16px; font: var(--mat-sys-body-medium); }
    .table caption { text-align: left; font-weight: 500; padding-bottom: 4px; }
    .table th, .table td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .runs tbody { display: block; max-height: 240px; overflow-y: auto; }
    .runs thead, .runs tbody tr { display: table; width: 100%; table-layout: fixed; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SystemPage {
  private readonly api = inject(SystemApi);
  protected readonly i18n = inject(I18n);
  protected readonly healthResource = this.api.health();
  protected readonly runs = this.api.jobRuns(RUNS_SHOWN);
  protected readonly health = healthView(this.healthResource, this.i18n);
  protected readonly rows = computed(() => this.runs.value() ?? []);
  protected readonly series = computed(() => toRunSeries(this.rows(), this.i18n.t('Duration (ms)')));
  protected readonly runsError = computed(() => errorMessage(this.runs.error(), this.i18n));

  constructor() {
    this.i18n.register(SYSTEM_ES);
  }

  protected started(instant: string): string {
    return new Intl.DateTimeFormat(this.i18n.locale(), { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(instant));
  }
}
