import { ChangeDetectionStrategy, Component, effect, input, output, signal } from '@angular/core';
import { TPipe } from '../core/t.pipe';

/** The goal owner's narrative for the board: a plain textarea and a save button; the page does the saving. */
@Component({
  selector: 'tl-narrative-editor',
  imports: [TPipe],
  template: `
    <form class="editor" (submit)="$event.preventDefault(); save.emit(text())">
      <label [for]="id()">{{ 'Your narrative for the board' | t }}</label>
      <textarea [id]="id()" rows="4" maxlength="4000" [value]="text()" (input)="text.set($any($event.target).value)"></textarea>
      <div class="actions">
        <button type="submit" class="save" [disabled]="saving()">{{ 'Save narrative' | t }}</button>
        <span class="message" role="status">{{ message() }}</span>
      </div>
    </form>
  `,
  styles: `
    .editor { display: grid; gap: 6px; margin: 8px 0; }
    label { font: var(--mat-sys-label-large); }
    textarea { font: var(--mat-sys-body-medium); padding: 8px; border: 1px solid var(--mat-sys-outline); border-radius: 6px; width: 100%; box-sizing: border-box; }
    .actions { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
    .save { font: var(--mat-sys-label-large); padding: 8px 16px; border-radius: 18px; border: 0; background: var(--mat-sys-primary); color: var(--mat-sys-on-primary); cursor: pointer; }
    .message { font: var(--mat-sys-body-small); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NarrativeEditor {
  readonly id = input.required<string>();
  readonly initial = input('');
  readonly saving = input(false);
  readonly message = input('');
  readonly save = output<string>();
  protected readonly text = signal('');

  constructor() {
    effect(() => this.text.set(this.initial()));
  }
}
