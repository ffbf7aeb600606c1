import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { type Guardrail, PUBLIC_SUMMARY_MAX, type Person, type PlanNode, type PublishFields } from '@throughline/domain';
import { FormAlert } from '../auth/form-alert';
import { TPipe } from '../core/t.pipe';
import { FieldErrorPipe } from './field-error.pipe';
import { bindEditorForm } from './form-binding';
import { PersonPicker } from './person-picker';
import type { FieldErrors } from './server-errors';

export type NodeKind = 'priority' | 'goal' | 'strategy' | 'guardrail';

/** What the form sends: a title and description (priority, goal, strategy) or a statement (guardrail), and an owner. */
export type NodeBody =
  | ({ title: string; description: string; ownerId: string | null } & Partial<PublishFields>)
  | { statement: string; ownerId: string | null };

const TITLE_HINTS: Readonly<Record<NodeKind, string>> = {
  priority: 'A few words, e.g. Early literacy and numeracy',
  goal: 'The percentage of <students> who <outcome> will increase from <baseline> to <target> by <date>',
  strategy: 'How the district will reach the goal',
  guardrail: 'The superintendent will not allow …',
};

/** The form of a priority, goal, strategy or guardrail. */
@Component({
  selector: 'tl-node-form',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, MatCheckboxModule, PersonPicker, FormAlert, TPipe, FieldErrorPipe],
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
        @if (translatable()) {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'Title in Spanish' | t }}</mat-label>
            <textarea matInput formControlName="titleEs" rows="2" lang="es"></textarea>
            <mat-hint>{{ 'Shown on the Spanish public page; leave empty to show the English.' | t }}</mat-hint>
            <mat-error [attr.lang]="form.controls.titleEs | fieldError: 'lang'">{{ form.controls.titleEs | fieldError }}</mat-error>
          </mat-form-field>
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ 'Description' | t }}</mat-label>
          <textarea matInput formControlName="description" rows="3"></textarea>
          <mat-error [attr.lang]="form.controls.description | fieldError: 'lang'">{{ form.controls.description | fieldError }}</mat-error>
        </mat-form-field>
      }
      <tl-person-picker [control]="form.controls.ownerId" [people]="people()" label="Owner" />
      @if (publishable()) {
        <fieldset class="publish">
          <legend>{{ 'Public page' | t }}</legend>
          <mat-checkbox class="check" formControlName="published">{{ 'Show on the public page' | t }}</mat-checkbox>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'Plain-language summary (English)' | t }}</mat-label>
            <textarea matInput formControlName="publicSummaryEn" rows="3" [attr.maxlength]="summaryMax"></textarea>
            <mat-hint>{{ 'For families and the community; up to 600 characters' | t }}</mat-hint>
            <mat-error [attr.lang]="form.controls.publicSummaryEn | fieldError: 'lang'">{{ form.controls.publicSummaryEn | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'Plain-language summary (Spanish)' | t }}</mat-label>
            <textarea matInput formControlName="publicSummaryEs" rows="3" lang="es" [attr.maxlength]="summaryMax"></textarea>
            <mat-hint>{{ 'Shown when the page is read in Spanish; the English one otherwise' | t }}</mat-hint>
            <mat-error [attr.lang]="form.controls.publicSummaryEs | fieldError: 'lang'">{{ form.controls.publicSummaryEs | fieldError }}</mat-error>
          </mat-form-field>
        </fieldset>
      }
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
    titleEs: new FormControl('', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true }),
    statement: new FormControl('', { nonNullable: true }),
    ownerId: new FormControl<string | null>(null),
    published: new FormControl(true, { nonNullable: true }),
    publicSummaryEn: new FormControl('', { nonNullable: true }),
    publicSummaryEs: new FormControl('', { nonNullable: true }),
  });
  protected readonly summaryMax = PUBLIC_SUMMARY_MAX;
  /**
   * Priorities and goals are published: their Spanish title can be given from the start (the API takes it on
   * create), the other publish fields once the record exists. A strategy is never published on its own.
   */
  protected readonly translatable = computed(() => this.kind() === 'priority' || this.kind() === 'goal');
  protected readonly publishable = computed(() => this.translatable() && this.value() !== undefined);
  protected readonly hint = computed(() => TITLE_HINTS[this.kind()]);
  protected readonly unmatched = bindEditorForm(this.form, this.value, this.errors, (v) =>
    this.form.reset({
      title: v && 'title' in v ? v.title : '',
      titleEs: (v as Partial<PublishFields> | undefined)?.titleEs ?? '',
      description: v && 'description' in v ? v.description : '',
      statement: v && 'statement' in v ? v.statement : '',
      ownerId: v?.ownerId ?? null,
      published: (v as Partial<PublishFields> | undefined)?.published ?? true,
      publicSummaryEn: (v as Partial<PublishFields> | undefined)?.publicSummaryEn ?? '',
      publicSummaryEs: (v as Partial<PublishFields> | undefined)?.publicSummaryEs ?? '',
    }),
  );

  protected submit(): void {
    if (this.pending()) return;
    const { title, titleEs, description, statement, ownerId, published, publicSummaryEn, publicSummaryEs } = this.form.getRawValue();
    if (this.kind() === 'guardrail') this.save.emit({ statement, ownerId });
    else if (this.publishable()) this.save.emit({ title, titleEs, description, ownerId, published, publicSummaryEn, publicSummaryEs });
    else if (this.translatable()) this.save.emit({ title, titleEs, description, ownerId });
    else this.save.emit({ title, description, ownerId });
  }
}
