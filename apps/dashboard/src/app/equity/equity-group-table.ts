import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import type { EquityRow } from './equity-api';
import './equity-icons';
import { type NumberStyle, formatCount, formatNumber, formatValue, gapWords, groupName, trendWords } from './equity-view';
import { GapStatusChip } from './gap-status-chip';

/** Each student group against the reference group: value, n, gap in words, change since baseline, status. */
@Component({
  selector: 'tl-equity-group-table',
  imports: [TPipe, Icon, GapStatusChip],
  template: `
    <div class="scroll" role="region" [attr.aria-labelledby]="captionId" tabindex="0">
      <table>
        <caption [id]="captionId">{{ caption() }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'Student group' | t }}</th>
            <th scope="col" class="num">{{ 'Value' | t }}</th>
            <th scope="col" class="num">{{ 'Students' | t }}</th>
            <th scope="col">{{ 'Gap' | t }}</th>
            <th scope="col">{{ 'Since baseline' | t }}</th>
            <th scope="col">{{ 'Gap closing' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @if (reference(); as ref) {
            <tr class="reference">
              <th scope="row">{{ ref.name }} <span class="tag">{{ '(reference)' | t }}</span></th>
              @if (ref.suppressed) {
                <td colspan="5">{{ 'Not published' | t }}</td>
              } @else {
                <td class="num" [attr.data-label]="'Value' | t">{{ ref.value }}</td>
                <td class="num" [attr.data-label]="'Students' | t">{{ ref.n }}</td>
                <td colspan="3" class="muted">{{ 'Every gap is measured against this group' | t }}</td>
              }
            </tr>
          }
          @for (row of rows(); track row.groupId) {
            <tr [attr.data-group]="row.code" [attr.data-suppressed]="row.suppressed">
              <th scope="row">{{ row.name }}</th>
              @if (row.suppressed) {
                <td colspan="5" class="hidden-note">
                  <tl-icon name="hidden" />
                  @switch (row.reason) {
                    @case ('fewer-than-min-n') { {{ 'Fewer than {n} students' | t: { n: minN() } }} }
                    @case ('withheld-by-source') { {{ 'Withheld by the data source' | t }} }
                    @default { {{ 'Hidden so that a smaller group cannot be worked out' | t }} }
                  }
                </td>
              } @else {
                <td class="num" [attr.data-label]="'Value' | t">{{ row.value }}</td>
                <td class="num" [attr.data-label]="'Students' | t">{{ row.n }}</td>
                <td class="gap" [attr.data-label]="'Gap' | t">
                  @if (row.gap; as g) {
                    @switch (g.key) {
                      @case ('behind-points') { {{ '{gap} points behind' | t: { gap: g.amount } }} }
                      @case ('behind') { {{ '{gap} behind' | t: { gap: g.amount } }} }
                      @case ('ahead-points') { {{ '{gap} points ahead' | t: { gap: g.amount } }} }
                      @case ('ahead') { {{ '{gap} ahead' | t: { gap: g.amount } }} }
                      @default { {{ 'Even' | t }} }
                    }
                  }
                </td>
                <td [attr.data-label]="'Since baseline' | t">
                  @if (row.trend; as tr) {
                    <span class="trend"><tl-icon [name]="tr.trend" />
                      @switch (tr.key) {
                        @case ('narrower-points') { {{ 'Narrower by {amount} points since {date}' | t: { amount: tr.amount, date: tr.since } }} }
                        @case ('narrower') { {{ 'Narrower by {amount} since {date}' | t: { amount: tr.amount, date: tr.since } }} }
                        @case ('wider-points') { {{ 'Wider by {amount} points since {date}' | t: { amount: tr.amount, date: tr.since } }} }
                        @case ('wider') { {{ 'Wider by {amount} since {date}' | t: { amount: tr.amount, date: tr.since } }} }
                        @default { {{ 'Unchanged since {date}' | t: { date: tr.since } }} }
                      }
                    </span>
                  } @else {
                    <span class="muted">{{ 'No baseline to compare with' | t }}</span>
                  }
                </td>
                <td [attr.data-label]="'Gap closing' | t">
                  @if (row.status; as status) { <tl-gap-status-chip [status]="status" /> }
                  @if (row.expected; as expected) {
                    <span class="sub">
                      @if (row.points) { {{ 'Planned gap by now: {gap} points' | t: { gap: expected } }} }
                      @else { {{ 'Planned gap by now: {gap}' | t: { gap: expected } }} }
                    </span>
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    /* positioned: the visually hidden texts inside stay within the scrolling box instead of widening the page */
    .scroll { position: relative; overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; min-width: 760px; font: var(--mat-sys-body-medium); }
    caption { text-align: left; font: var(--mat-sys-title-medium); padding: 0 0 8px; }
    th, td { text-align: left; padding: 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); vertical-align: middle; }
    thead th { font-weight: 500; color: var(--mat-sys-on-surface-variant); }
    tbody th { font-weight: 500; }
    .num, .gap { text-align: right; white-space: nowrap; }
    .gap { text-align: left; }
    .reference { background: var(--mat-sys-surface-container-low); }
    .tag, .muted, .sub { color: var(--mat-sys-on-surface-variant); font-weight: 400; }
    .sub { display: block; font: var(--mat-sys-body-small); margin-top: 2px; }
    .trend { display: inline-flex; align-items: center; gap: 6px; }
    .hidden-note { color: var(--mat-sys-on-surface-variant); }
    .hidden-note tl-icon { vertical-align: middle; margin-right: 6px; }
    /* Phones: one block per group, each figure labelled (the header row stays for assistive technology). */
    @media (max-width: 699.98px) {
      table { min-width: 0; }
      thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
      tr { display: grid; grid-template-columns: 1fr 1fr; padding: 8px 0; border-bottom: 1px solid var(--mat-sys-outline-variant); }
      tbody th, td { display: block; border: 0; padding: 2px 0; }
      tbody th, td[colspan], td:nth-of-type(n + 3) { grid-column: 1 / -1; }
      .num { text-align: left; }
      .trend { display: inline; }
      .trend tl-icon { vertical-align: middle; }
      td[data-label]::before { content: attr(data-label) ': '; color: var(--mat-sys-on-surface-variant); }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EquityGroupTable {
  private static next = 0;
  readonly groups = input.required<readonly EquityRow[]>();
  readonly referenceRow = input.required<EquityRow | null>();
  readonly style = input.required<NumberStyle>();
  readonly lang = input.required<'en' | 'es'>();
  readonly minN = input.required<number>();
  readonly caption = input.required<string>();
  protected readonly captionId = `equity-groups-${EquityGroupTable.next++}`;

  protected readonly reference = computed(() => {
    const ref = this.referenceRow();
    return ref ? this.figures(ref) : null;
  });

  protected readonly rows = computed(() =>
    this.groups().map((row) => {
      const style = this.style();
      return {
        ...this.figures(row),
        code: row.code,
        reason: row.reason,
        status: row.status,
        gap: row.gap === undefined ? undefined : gapWords(row.gap, style),
        trend: trendWords(row, style),
        expected: row.expectedGap === undefined ? undefined : formatNumber(row.expectedGap, style),
        points: style.unit === 'percent',
      };
    }),
  );

  private figures(row: EquityRow) {
    const style = this.style();
    return {
      groupId: row.groupId,
      name: groupName(row, this.lang()),
      suppressed: row.suppressed,
      value: row.value === undefined ? '' : formatValue(row.value, style),
      n: row.n === undefined || row.n === null ? '' : formatCount(row.n, style.locale),
    };
  }
}
