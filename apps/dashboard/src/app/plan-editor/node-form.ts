import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Guardrail, Person, PlanNode } from '@throughline/domain';
import { FormAlert } from '../auth/form-alert';
import { TPipe } from '../core/t.pipe';
import { FieldErrorPipe } from './field-error.pipe';
import { bindEditorForm } from './form-binding';
import { PersonPicker } from './person-picker';
import type { FieldErrors } from './server-errors';

export type NodeKind = 'priority' | 'goal' | 'strategy' | 'guardrail';

/** What the form sends: a title and description (priority, goal, strategy) or a statement (guardrail), and an owner. */
export type NodeBody = { title: string; description: string; ownerId: string | null } | { statement: string; ownerId: string | null };

const TITLE_HINTS: Readonly<Record<NodeKind, string>> = {
  priority: 'A few words, e.g. Early literacy and numeracy',
  goal: 'The percentage of <students> who <outcome> will increase from <baseline> to <target> by <date>',
  strategy: 'How the district will reach the goal',
  guardrail: 'The superintendent will not allow …',
};

/** The form of a priority, goal, strategy or guardrail. */
@Component({
  selector: 'tl-node-form',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, PersonPicker, FormAlert, TPipe, FieldErrorPipe],
  template: `
    @if (unmatched().length) {
      <tl-form-alert><span lang="en">{{ unmatched().join(' ') }}</span></tl-form-alert>
    }
    <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      @if (kind() === 'guardrail') {
        <mat-form-field appearance="outline">
          <mat-label>{{ 'Statement' | t }}</mat-label>
          <textarea matInput formControlName="statement" rows="3" required></textarea>
          <mat-hint>{{ hint() | t }}</mat-hint>
          <mat-error [attr.lang]="form.controls.statement | fieldError: 'lang'">{{ form.controls.statement | fieldError }}</mat-error>
        </mat-form-field>
      } @else {
        <mat-form-field appearance="outline">
          <mat-label>{{ 'Title' | t }}</mat-label>
          <textarea matInput formControlName="title" rows="2" required></textarea>
          <mat-hint>{{ hint() | t }}</mat-hint>
          <mat-error [attr.lang]="form.controls.title | fieldError: 'lang'">{{ form.controls.title | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'Description' | t }}</mat-label>
          <textarea matInput formControlName="description" rows="3"></textarea>
          <mat-error [attr.lang]="form.controls.description | fieldError: 'lang'">{{ form.controls.description | fieldError }}</mat-error>
        </mat-form-field>
      }
      <tl-person-picker [control]="form.controls.ownerId" [people]="people()" label="Owner" />
      <div class="actions">
        <button mat-flat-button type="submit" [attr.aria-disabled]="pending() || null">{{ pending() ? ('Saving…' | t) : ('Save' | t) }}</button>
      </div>
    </form>
  `,
  styleUrl: './editor-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NodeForm {
  readonly kind = input.required<NodeKind>();
  readonly value = input<PlanNode | Guardrail>();
  readonly people = input.required<readonly Person[]>();
  readonly errors = input<FieldErrors>({});
  readonly pending = input(false);
  readonly save = output<NodeBody>();

  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true }),
    statement: new FormControl('', { nonNullable: true }),
    ownerId: new FormControl<string | null>(null),
  });
  protected readonly hint = computed(() => TITLE_HINTS[this.kind()]);
  protected readonly unmatched = bindEditorForm(this.form, this.value, this.errors, (v) =>
    this.form.reset({
      title: v && 'title' in v ? v.title : '',
      description: v && 'description' in v ? v.description : '',
      statement: v && 'statement' in v ? v.statement : '',
      ownerId: v?.ownerId ?? null,
    }),
  );

  protected submit(): void {
    if (this.pending()) return;
    const { title, description, statement, ownerId } = this.form.getRawValue();
    this.save.emit(this.kind() === 'guardrail' ? { statement, ownerId } : { title, description, ownerId });
  }
}
