import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TPipe } from '../core/t.pipe';
import type { SchoolGrid } from './equity-view';

/** Schools as rows, student groups as columns; a hidden cell shows "—" and says why to assistive technology. */
@Component({
  selector: 'tl-equity-school-table',
  imports: [TPipe],
  template: `
    <!-- The caption would scroll sideways with a wide table: shown above it, read from the caption. -->
    <p class="title" aria-hidden="true">{{ caption() }}</p>
    <div class="scroll" role="region" [attr.aria-labelledby]="captionId" tabindex="0">
      <table>
        <caption [id]="captionId" class="visually-hidden">{{ caption() }}</caption>
        <thead>
          <tr>
            <th scope="col" class="school">{{ 'School' | t }}</th>
            @for (column of grid().columns; track column.groupId) { <th scope="col">{{ column.name }}</th> }
          </tr>
        </thead>
        <tbody>
          @for (row of grid().rows; track row.schoolId) {
            <tr [class.selected]="row.schoolId === selected()">
              <th scope="row" class="school">{{ row.name }}</th>
              @for (cell of row.cells; track $index) {
                <td>
                  @switch (cell.kind) {
                    @case ('value') { {{ cell.text }} }
                    @case ('hidden') {
                      <span aria-hidden="true">—</span>
                      <span class="visually-hidden">
                        @switch (cell.reason) {
                          @case ('fewer-than-min-n') { {{ 'fewer than {n} students' | t: { n: minN() } }} }
                          @case ('withheld-by-source') { {{ 'withheld by the data source' | t }} }
                          @default { {{ 'hidden so that a smaller group cannot be worked out' | t }} }
                        }
                      </span>
                    }
                    @default { <span class="visually-hidden">{{ 'no data' | t }}</span> }
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
    <p class="legend">{{ '— fewer than {n} students, withheld by the data source, or hidden so that a smaller group cannot be worked out from the others. A blank cell has no data.' | t: { n: minN() } }}</p>
  `,
  styles: `
    /* positioned: the visually hidden texts inside stay within the scrolling box instead of widening the page */
    .scroll { position: relative; overflow: auto; max-height: 80vh; border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; }
    table { border-collapse: separate; border-spacing: 0; font: var(--mat-sys-body-medium); }
    .title { font: var(--mat-sys-title-medium); margin: 0 0 8px; }
    th, td { padding: 6px 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); text-align: right; white-space: nowrap; }
    thead th { position: sticky; top: 0; z-index: 1; background: var(--mat-sys-surface-container); font-weight: 500;
               white-space: normal; min-width: 72px; max-width: 110px; vertical-align: bottom; font: var(--mat-sys-label-medium); }
    .school { position: sticky; left: 0; text-align: left; background: var(--mat-sys-surface); font-weight: 500; min-width: 130px; white-space: normal; }
    thead .school { z-index: 2; background: var(--mat-sys-surface-container); }
    .selected th, .selected td { background: var(--mat-sys-secondary-container); }
    .legend { margin: 8px 0 0; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EquitySchoolTable {
  private static next = 0;
  readonly grid = input.required<SchoolGrid>();
  readonly minN = input.required<number>();
  readonly caption = input.required<string>();
  readonly selected = input<string | null>(null);
  protected readonly captionId = `equity-schools-${EquitySchoolTable.next++}`;
}
