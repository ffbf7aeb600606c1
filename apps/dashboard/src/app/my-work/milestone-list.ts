import { ChangeDetectionStrategy, Component, ElementRef, effect, input, output, signal, untracked, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { IsoDate, Milestone } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import type { FieldMessages } from './api-errors';
import { DayPipe } from './work-pipes';

export interface MilestoneState {
  readonly busy: boolean;
  readonly fields: FieldMessages;
  readonly message: string;
  /** Counts milestones added, so the add form empties after each. */
  readonly added: number;
}
export const MILESTONES_IDLE: MilestoneState = { busy: false, fields: {}, message: '', added: 0 };

/** A tactic's milestones: tick one off (or undo it), or add one with an optional due date. */
@Component({
  selector: 'tl-milestone-list',
  imports: [MatCheckboxModule, MatFormFieldModule, MatInputModule, MatButtonModule, Icon, TPipe, DayPipe],
  template: `
    <section [attr.aria-labelledby]="prefix() + '-heading'">
      <h4 [id]="prefix() + '-heading'">{{ 'Milestones' | t }}</h4>
      @if (milestones().length) {
        <ul>
          @for (m of milestones(); track m.id) {
            <li>
              <mat-checkbox [checked]="!!m.completedOn" [disabled]="state().busy" (change)="markDone.emit({ milestone: m, done: $event.checked })">
                {{ m.title }}
              </mat-checkbox>
              <span class="when">
                @if (m.completedOn) {
                  {{ 'Completed {date}' | t: { date: (m.completedOn | day) } }}
                } @else if (m.dueDate) {
                  {{ 'Due {date}' | t: { date: (m.dueDate | day) } }}
                }
              </span>
            </li>
          }
        </ul>
      } @else {
        <p class="none">{{ 'No milestones yet. Add the steps that show this tactic is moving.' | t }}</p>
      }
      <form class="add" (submit)="$event.preventDefault(); submit(title.value, due.value)" [attr.aria-label]="'Add a milestone' | t">
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="title">
          <mat-label>{{ 'New milestone' | t }}</mat-label>
          <input #title matInput [value]="draft()" (input)="draft.set(title.value)" />
          @if (state().fields['title']; as messages) {
            <mat-hint class="error">@for (message of messages; track $index) {<span>{{ message | t }} </span>}</mat-hint>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="due">
          <mat-label>{{ 'Due date (optional)' | t }}</mat-label>
          <input #due matInput type="date" />
          @if (state().fields['dueDate']; as messages) {
            <mat-hint class="error">@for (message of messages; track $index) {<span>{{ message | t }} </span>}</mat-hint>
          }
        </mat-form-field>
        <button mat-stroked-button type="submit" [attr.aria-disabled]="state().busy || null"><tl-icon name="add" />{{ 'Add milestone' | t }}</button>
      </form>
      <div aria-live="polite">
        @if (state().message) {
          <p class="error"><tl-icon name="error" />{{ state().message }}</p>
        }
      </div>
    </section>
  `,
  styles: `
    h4 { font: var(--mat-sys-title-medium); margin: 0 0 8px; }
    ul { list-style: none; margin: 0 0 8px; padding: 0; }
    li { display: flex; flex-wrap: wrap; align-items: center; column-gap: 8px; min-height: 48px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .when { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-medium); padding-left: 40px; }
    .none { color: var(--mat-sys-on-surface-variant); }
    .add { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-start; margin-top: 8px; }
    .title { flex: 2 1 220px; }
    .due { flex: 1 1 160px; }
    .add button { min-height: 48px; margin-top: 4px; }
    .error { display: flex; gap: 6px; color: #8c1d18; }
    @media (max-width: 599.98px) { .add button { width: 100%; } .when { padding-left: 0; } }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MilestoneList {
  readonly milestones = input.required<readonly Milestone[]>();
  /** Prefix of element ids (unique per tactic). */
  readonly prefix = input.required<string>();
  readonly state = input<MilestoneState>(MILESTONES_IDLE);
  readonly markDone = output<{ milestone: Milestone; done: boolean }>();
  readonly add = output<{ title: string; dueDate: IsoDate | null }>();
  protected readonly draft = signal('');
  private readonly dueInput = viewChild<ElementRef<HTMLInputElement>>('due');
  private added = 0;

  constructor() {
    // Empty the add form once the page reports the milestone was added.
    effect(() => {
      const added = this.state().added;
      untracked(() => {
        if (added === this.added) return;
        this.added = added;
        this.draft.set('');
        const due = this.dueInput()?.nativeElement;
        if (due) due.value = '';
      });
    });
  }

  protected submit(title: string, dueDate: string): void {
    if (this.state().busy) return;
    this.add.emit({ title: title.trim(), dueDate: dueDate || null });
  }
}
