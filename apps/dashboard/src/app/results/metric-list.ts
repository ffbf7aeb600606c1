import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { TreeMetric } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { StatusChip } from '../shared/status-chip';
import { formatMetricValue, formatPeriod } from './format';

/**
 * A goal's (or guardrail's) metrics: status, latest value against the value expected then, this year's and the
 * final target; each links to its trend. A table that becomes one block per metric on a phone (the roles keep it
 * a table for screen readers when CSS changes its display).
 */
@Component({
  selector: 'tl-metric-list',
  imports: [RouterLink, StatusChip, TPipe],
  template: `
    <table role="table" class="metrics">
      <caption class="visually-hidden">{{ caption() }}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">{{ 'Metric' | t }}</th>
          <th role="columnheader" scope="col">{{ 'Status' | t }}</th>
          <th role="columnheader" scope="col">{{ 'Latest' | t }}</th>
          <th role="columnheader" scope="col">{{ 'Expected then' | t }}</th>
          <th role="columnheader" scope="col">{{ '{year} target' | t: { year: schoolYear() } }}</th>
          <th role="columnheader" scope="col">{{ 'Final target' | t }}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        @for (row of rows(); track row.id) {
          <tr role="row" data-testid="metric-row">
            <th role="rowheader" scope="row"><a [routerLink]="['/results', row.id]">{{ row.name }}</a></th>
            <td role="cell" [attr.data-label]="'Status' | t"><tl-status-chip [status]="row.status" /></td>
            <td role="cell" [attr.data-label]="'Latest' | t">
              @if (row.latest) {
                {{ row.latest }} <span class="muted">({{ row.period }})</span>
              } @else {
                <span class="muted">{{ 'No data yet' | t }}</span>
              }
            </td>
            <td role="cell" [attr.data-label]="'Expected then' | t">{{ row.expected || '—' }}</td>
            <td role="cell" [attr.data-label]="'{year} target' | t: { year: schoolYear() }">{{ row.current || '—' }}</td>
            <td role="cell" [attr.data-label]="'Final target' | t">{{ row.final || '—' }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .metrics { width: 100%; border-collapse: collapse; font: var(--mat-sys-body-medium); }
    /* Fixed columns, so the tables of every goal line up under each other. */
    @media (min-width: 720px) {
      .metrics { table-layout: fixed; }
      .metrics th:first-child { width: 32%; }
      .metrics th:nth-child(2), .metrics th:nth-child(3) { width: 16%; }
    }
    th, td { text-align: left; padding: 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); vertical-align: middle; }
    thead th { font: var(--mat-sys-label-large); color: var(--mat-sys-on-surface-variant); }
    tbody th { font-weight: 400; }
    .muted { color: var(--mat-sys-on-surface-variant); }
    @media (max-width: 719.98px) {
      thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
      tr, th, td { display: block; }
      tr { padding: 8px 0; border-bottom: 1px solid var(--mat-sys-outline-variant); }
      th, td { border: 0; padding: 2px 0; }
      td::before { content: attr(data-label) ': '; color: var(--mat-sys-on-surface-variant); }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MetricList {
  readonly metrics = input.required<readonly TreeMetric[]>();
  /** Names the table for screen readers: the goal or guardrail it belongs to. */
  readonly caption = input.required<string>();
  readonly schoolYear = input('');
  readonly locale = input('en-US');

  protected readonly rows = computed(() => {
    const locale = this.locale();
    return this.metrics().map((m) => {
      const format = (value: number | null) => (value === null ? '' : formatMetricValue(value, m.unit, m.decimals, locale));
      return {
        id: m.id,
        name: m.name,
        status: m.status,
        latest: format(m.latest?.value ?? null),
        period: m.latest ? formatPeriod(m.latest.periodEnd, locale) : '',
        expected: format(m.expected),
        current: format(m.currentTarget),
        final: format(m.finalTarget),
      };
    });
  });
}
