import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TPipe } from '../core/t.pipe';
import type { RunRows } from './data-api';
import { NumPipe } from './data-pipes';
import { COUNT_WORDS } from './data-words';

/** A run's row counts as words: "3 read · 2 inserted · … · 1 rejected · 0 skipped". */
@Component({
  selector: 'tl-run-counts',
  imports: [TPipe, NumPipe],
  template: `
    <ul class="counts" [attr.aria-label]="'Rows' | t">
      @for (count of counts; track count.key) {
        <li [attr.data-count]="count.key" [class.alert]="count.key === 'rejected' && rows()[count.key] > 0">
          <strong>{{ rows()[count.key] | num }}</strong> {{ count.label | t }}
        </li>
      }
    </ul>
  `,
  styles: `
    .counts { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 2px 12px; font: var(--mat-sys-body-medium); }
    .counts li { white-space: nowrap; }
    .alert strong { color: #8c1d18; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RunCounts {
  readonly rows = input.required<RunRows>();
  protected readonly counts = COUNT_WORDS;
}
