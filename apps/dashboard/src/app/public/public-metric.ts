import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { PublicMetric } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { StatusChip } from '../shared/status-chip';
import { PublicChart } from './public-chart';
import { chartMax, formatFigure } from './public-view';

/** One published metric: its summary, then per series a small chart and the same numbers as a table. */
@Component({
  selector: 'tl-public-metric',
  imports: [TPipe, StatusChip, PublicChart],
  template: `
    <div class="metric-head">
      <h4>{{ metric().name }}</h4>
      <tl-status-chip [status]="metric().status" />
    </div>
    @if (metric().summary) {
      <p class="summary">{{ metric().summary }}</p>
    }
    @for (series of metric().series; track series.groupCode) {
      <div class="series">
        @if (metric().series.length > 1) {
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
            @for (point of series.points; track point.periodEnd) {
              <tr>
                <th scope="row">{{ point.schoolYear }}</th>
                <td>
                  @if (point.value === null) {
                    <span class="withheld">{{ 'Fewer than {n} students' | t: { n: minN() } }}</span>
                  } @else {
                    {{ figure(point.value) }}
                  }
                </td>
                <td>{{ point.target === null ? '—' : figure(point.target) }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @empty {
      <p class="muted">{{ 'No results published yet.' | t }}</p>
    }
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

  protected figure(value: number): string {
    const m = this.metric();
    return formatFigure(value, m.unit, m.decimals, this.locale());
  }

  protected chartLabel(group: string): string {
    return this.chartLabelOf()(`${this.metric().name}, ${group}`);
  }
}
