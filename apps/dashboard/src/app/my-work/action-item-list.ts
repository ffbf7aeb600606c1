import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { ActionItem, IsoDate } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { DayPipe } from './work-pipes';

/** My open action items from cabinet reviews: what, from which review, when due, and a control to mark it done. */
@Component({
  selector: 'tl-action-item-list',
  imports: [MatButtonModule, RouterLink, TPipe, DayPipe],
  template: `
    <ul class="items">
      @for (item of items(); track item.id) {
        <li [class.late]="item.dueDate < today()">
          <div class="what">
            <strong>{{ item.title }}</strong>
            <span class="meta">
              {{ (item.dueDate < today() ? 'Was due {date}' : 'Due {date}') | t: { date: (item.dueDate | day) } }} ·
              <a [routerLink]="['/reviews', item.reviewId]">{{ item.reviewTitle }}</a>
            </span>
          </div>
          <button mat-stroked-button type="button" [disabled]="busy()" (click)="done.emit(item)" [attr.aria-label]="'Mark done: {title}' | t: { title: item.title }">
            {{ 'Done' | t }}
          </button>
        </li>
      }
    </ul>
  `,
  styles: `
    .items { list-style: none; margin: 0 0 12px; padding: 0; display: grid; gap: 8px; }
    li { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 8px; padding: 8px 12px;
         border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; }
    li.late { border-left: 4px solid #8c1d18; }
    .what { display: grid; gap: 2px; min-width: 0; flex: 1 1 220px; }
    .meta { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-medium); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActionItemList {
  readonly items = input.required<readonly ActionItem[]>();
  readonly today = input.required<IsoDate>();
  readonly busy = input(false);
  readonly done = output<ActionItem>();
}
