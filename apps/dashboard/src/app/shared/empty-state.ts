import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type IconName, Icon } from './icon';

/** An empty page or card that says what it will show and what to do next. */
@Component({
  selector: 'tl-empty-state',
  imports: [Icon],
  template: `
    <section class="empty" [attr.aria-labelledby]="id">
      <tl-icon [name]="icon()" class="icon" />
      <h2 [id]="id">{{ heading() }}</h2>
      <p><ng-content /></p>
    </section>
  `,
  styles: `
    .empty {
      border: 1px dashed var(--mat-sys-outline);
      border-radius: 12px;
      padding: 24px;
      text-align: center;
      color: var(--mat-sys-on-surface-variant);
    }
    .icon { width: 48px; height: 48px; transform: scale(1.6); margin: 8px; color: var(--mat-sys-primary); }
    h2 { font: var(--mat-sys-title-large); color: var(--mat-sys-on-surface); margin: 8px 0; }
    p { margin: 0; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmptyState {
  private static next = 0;
  readonly icon = input<IconName>('dashboard');
  readonly heading = input.required<string>();
  protected readonly id = `empty-state-${EmptyState.next++}`;
}
