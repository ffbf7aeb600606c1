import { ChangeDetectionStrategy, Component } from '@angular/core';
import '../shared/status-icons';
import { Icon } from '../shared/icon';

/** An error beside a form, announced when it appears; icon and words, never colour alone. */
@Component({
  selector: 'tl-form-alert',
  imports: [Icon],
  template: `<div role="alert" class="alert"><tl-icon name="error" /><div><ng-content /></div></div>`,
  styles: `
    .alert {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      margin: 0 0 16px;
      padding: 12px;
      border-radius: 8px;
      border-left: 4px solid #8c1d18;
      background: #fde7e6;
      color: #8c1d18;
      font: var(--mat-sys-body-large);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormAlert {}
