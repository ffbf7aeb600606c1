import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import type { PublicMetric, PublicPoint, PublicSeries } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { StatusChip } from '../shared/status-chip';
import { PublicChart } from './public-chart';
import { chartMax, formatFigure } from './public-view';

/** One published metric: its summary, then per series a small chart and the same numbers as a table. */
@Component({
  selector: 'tl-public-metric',
  imports: [TPipe, StatusChip, PublicChart, NgTemplateOutlet],
  template: `
    <div class="metric-head">
      <h4 [attr.lang]="metric().titleLang">{{ metric().name }}</h4>
      <tl-status-chip [status]="metric().status" />
    </div>
    @if (metric().summary) {
      <p class="summary" [attr.lang]="metric().summaryLang">{{ metric().summary }}</p>
    }
    @if (allStudents(); as series) {
      <ng-container *ngTemplateOutlet="seriesView; context: { $implicit: series, heading: metric().series.length > 1 }" />
    } @else {
      <p class="muted">{{ 'No results published yet.' | t }}</p>
    }
    @if (groups().length) {
      <details class="groups">
        <summary>{{ 'Results by student group ({count})' | t: { count: groups().length } }}</summary>
        @for (series of groups(); track series.groupCode) {
          <ng-container *ngTemplateOutlet="seriesView; context: { $implicit: series, heading: true }" />
        }
      </details>
    }

    <ng-template #seriesView let-series let-heading="heading">
      <div class="series">
        @if (heading) {
          <h5>{{ series.groupName }}</h5>
        }
        <tl-public-chart [points]="series.points" [max]="max()" [label]="chartLabel(series.groupName)" />
        <table class="figures">
          <caption class="visually-hidden">{{ metric().name }} · {{ series.groupName }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'School year' | t }}</th>
              <th scope="col">{{ 'Result' | t }}</th>
              <th scope="col">{{ 'Target' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (point of asPoints(series.points); track point.periodEnd) {
              <tr>
                <th scope="row">{{ point.schoolYear }}</th>
                <td>
                  @switch (point.reason) {
                    @case ('small-group') { <span class="withheld">{{ 'Fewer than {n} students' | t: { n: minN() } }}</span> }
                    @case ('protects-small-group') { <span class="withheld">{{ 'Not shown, so that a smaller group cannot be worked out' | t }}</span> }
                    @case ('not-reported') { <span class="withheld">{{ 'Not reported' | t }}</span> }
                    @default { {{ point.value === null ? '—' : figure(point.value) }} }
                  }
                </td>
                <td>{{ point.target === null ? '—' : figure(point.target) }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </ng-template>
  `,
  styles: `
    :host { display: block; padding: 12px 0; border-top: 1px solid #dfe3e6; }
    .metric-head { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; }
    h4 { margin: 0; font: var(--mat-sys-title-small); font-size: 1rem; }
    h5 { margin: 8px 0 4px; font-size: 0.95rem; }
    .summary { margin: 6px 0; }
    .series { margin-top: 8px; display: grid; gap: 4px 24px; align-items: start; }
    .series h5 { grid-column: 1 / -1; }
    @media (min-width: 760px) { .series { grid-template-columns: minmax(0, 420px) minmax(0, 1fr); } }
    .figures { border-collapse: collapse; margin-top: 6px; min-width: min(100%, 320px); }
    .figures th, .figures td { text-align: left; padding: 4px 12px 4px 0; border-bottom: 1px solid #eceff1; }
    .withheld { font-style: italic; color: #37474f; }
    .groups { margin-top: 10px; }
    .groups > summary { cursor: pointer; font-weight: 600; color: #0b4a8b; padding: 4px 0; }
    .groups > summary:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
    .muted { color: #455a64; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicMetricView {
  readonly metric = input.required<PublicMetric>();
  readonly minN = input.required<number>();
  readonly locale = input.required<string>();
  readonly chartLabelOf = input.required<(group: string) => string>();
  protected readonly max = computed(() => chartMax(this.metric()));
  /** All Students leads; the student groups (when published) fold away under it. */
  protected readonly allStudents = computed<PublicSeries | undefined>(() => this.metric().series.find((s) => s.groupCode === 'ALL'));
  protected readonly groups = computed(() => this.metric().series.filter((s) => s.groupCode !== 'ALL'));

  /** Types the template context's points (ng-template contexts are untyped). */
  protected asPoints(points: readonly PublicPoint[]): readonly PublicPoint[] {
    return points;
  }

  protected figure(value: number): string {
    const m = this.metric();
    return formatFigure(value, m.unit, m.decimals, this.locale());
  }

  protected chartLabel(group: string): string {
    return this.chartLabelOf()(`${this.metric().name}, ${group}`);
  }
}
