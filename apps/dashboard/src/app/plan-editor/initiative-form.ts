import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { INITIATIVE_DECISIONS, type Initiative, type InitiativeDecision, type Person } from '@throughline/domain';
import { FormAlert } from '../auth/form-alert';
import { TPipe } from '../core/t.pipe';
import { FieldErrorPipe } from './field-error.pipe';
import { bindEditorForm } from './form-binding';
import { DECISION_LABELS } from './labels';
import { PersonPicker } from './person-picker';
import type { FieldErrors } from './server-errors';

export interface InitiativeBody {
  name: string;
  description: string;
  current: boolean;
  decision: InitiativeDecision | null;
  rationale: string;
  ownerId: string | null;
  goalIds: string[];
}

/** An entry of the initiative inventory: what the district already runs, and whether to keep, adjust or abandon it. */
@Component({
  selector: 'tl-initiative-form',
  imports: [
    ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatCheckboxModule, MatButtonModule, PersonPicker, FormAlert, TPipe,
    FieldErrorPipe,
  ],
  templateUrl: './initiative-form.html',
  styleUrl: './editor-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InitiativeForm {
  readonly value = input<Initiative>();
  readonly people = input.required<readonly Person[]>();
  readonly goals = input.required<readonly { id: string; label: string }[]>();
  readonly errors = input<FieldErrors>({});
  readonly pending = input(false);
  readonly save = output<InitiativeBody>();

  protected readonly decisions = INITIATIVE_DECISIONS;
  protected readonly decisionLabels = DECISION_LABELS;
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true }),
    current: new FormControl(true, { nonNullable: true }),
    decision: new FormControl<InitiativeDecision | null>(null),
    rationale: new FormControl('', { nonNullable: true }),
    ownerId: new FormControl<string | null>(null),
    goalIds: new FormControl<string[]>([], { nonNullable: true }),
  });
  protected readonly unmatched = bindEditorForm(this.form, this.value, this.errors, (i) =>
    this.form.reset({
      name: i?.name ?? '',
      description: i?.description ?? '',
      current: i?.current ?? true,
      decision: i?.decision ?? null,
      rationale: i?.rationale ?? '',
      ownerId: i?.ownerId ?? null,
      goalIds: [...(i?.goalIds ?? [])],
    }),
  );

  protected submit(): void {
    if (!this.pending()) this.save.emit(this.form.getRawValue());
  }
}
