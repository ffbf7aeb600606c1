import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { DigestItem } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import { dueLine } from './due-words';
import './work-icons';

/** "What is due", most urgent first: each line says what and how late, and its button goes to the work. */
@Component({
  selector: 'tl-due-list',
  imports: [MatButtonModule, Icon, TPipe],
  template: `
    <ul>
      @for (line of lines(); track $index) {
        <li [attr.data-tone]="line.look.tone">
          <tl-icon [name]="line.look.icon" class="icon" />
          <span class="what">
            <strong>{{ line.look.text | t: line.look.params }}</strong>
            <span class="title">{{ line.item.title }}</span>
          </span>
          <button mat-stroked-button type="button" (click)="go.emit(line.item)" [attr.aria-label]="('{action}: {title}' | t: { action: (line.look.action | t), title: line.item.title })">
            {{ line.look.action | t }}<tl-icon name="arrow-forward" />
          </button>
        </li>
      }
    </ul>
  `,
  styles: `
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
    li { display: flex; align-items: center; gap: 12px; padding: 8px 12px; border-radius: 8px; border-left: 4px solid #607d8b;
         background: var(--mat-sys-surface-container-low); flex-wrap: wrap; }
    li[data-tone='bad'] { border-left-color: #8c1d18; }
    li[data-tone='bad'] .icon { color: #8c1d18; }
    li[data-tone='watch'] { border-left-color: #8a6100; }
    li[data-tone='watch'] .icon { color: #6b4a00; }
    .what { flex: 1 1 200px; display: flex; flex-direction: column; }
    .title { color: var(--mat-sys-on-surface-variant); }
    button { min-height: 48px; }
    button tl-icon { margin-left: 4px; }
    @media (max-width: 599.98px) { button { width: 100%; } }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DueList {
  readonly items = input.required<readonly DigestItem[]>();
  readonly go = output<DigestItem>();
  protected readonly lines = computed(() => this.items().map((item) => ({ item, look: dueLine(item) })));
}
