import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { type Person, type School, type Tactic, UPDATE_CADENCES, schoolYearLabel } from '@throughline/domain';
import { FormAlert } from '../auth/form-alert';
import { TPipe } from '../core/t.pipe';
import { FieldErrorPipe } from './field-error.pipe';
import { bindEditorForm } from './form-binding';
import { UPDATE_CADENCE_LABELS } from './labels';
import { PersonPicker } from './person-picker';
import type { FieldErrors } from './server-errors';

export interface TacticBody {
  title: string;
  description: string;
  ownerId: string | null;
  schoolId: string | null;
  schoolYear: number | null;
  startDate: string | null;
  dueDate: string | null;
  updateCadence: string;
  weight: number | null;
}

/** A tactic of the action plan. Its status and % complete are the owner's to report at check-ins, not set here. */
@Component({
  selector: 'tl-tactic-form',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule, PersonPicker, FormAlert, TPipe, FieldErrorPipe],
  templateUrl: './tactic-form.html',
  styleUrl: './editor-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TacticForm {
  readonly value = input<Tactic>();
  readonly people = input.required<readonly Person[]>();
  readonly schools = input.required<readonly School[]>();
  readonly years = input.required<readonly number[]>();
  readonly errors = input<FieldErrors>({});
  readonly pending = input(false);
  readonly save = output<TacticBody>();

  protected readonly cadences = UPDATE_CADENCES;
  protected readonly cadenceLabels = UPDATE_CADENCE_LABELS;
  protected readonly yearLabel = schoolYearLabel;
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true }),
    ownerId: new FormControl<string | null>(null),
    schoolId: new FormControl<string | null>(null),
    schoolYear: new FormControl<number | null>(null),
    startDate: new FormControl<string | null>(null),
    dueDate: new FormControl<string | null>(null),
    updateCadence: new FormControl('monthly', { nonNullable: true }),
    weight: new FormControl<number | null>(1),
  });
  protected readonly unmatched = bindEditorForm(this.form, this.value, this.errors, (t) =>
    this.form.reset({
      title: t?.title ?? '',
      description: t?.description ?? '',
      ownerId: t?.ownerId ?? null,
      schoolId: t?.schoolId ?? null,
      schoolYear: t?.schoolYear ?? this.years()[0] ?? null,
      startDate: t?.startDate ?? null,
      dueDate: t?.dueDate ?? null,
      updateCadence: t?.updateCadence ?? 'monthly',
      weight: t?.weight ?? 1,
    }),
  );

  protected submit(): void {
    if (this.pending()) return;
    const v = this.form.getRawValue();
    // An emptied date is "no date" (null), not an empty string.
    this.save.emit({ ...v, startDate: v.startDate || null, dueDate: v.dueDate || null });
  }
}
