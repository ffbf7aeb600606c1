import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, input, output } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { PLAN_STATES, type Plan, type PlanState, schoolYearLabel } from '@throughline/domain';
import { FormAlert } from '../auth/form-alert';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import { FieldErrorPipe } from './field-error.pipe';
import { bindEditorForm } from './form-binding';
import { PLAN_STATE_LABELS } from './labels';
import type { FieldErrors } from './server-errors';

export interface PlanBody {
  name: string;
  firstSchoolYear: number | null;
  lastSchoolYear: number | null;
  mission: string;
  vision: string;
  values: string[];
  learnerProfile: string[];
  state: PlanState;
  adoptedOn: string | null;
}

type TextList = FormArray<FormControl<string>>;

const text = (value = '') => new FormControl(value, { nonNullable: true });

/** The plan's own fields: name, horizon, mission, vision, values and learner profile (editable lists), state. */
@Component({
  selector: 'tl-plan-form',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule, Icon, FormAlert, TPipe, FieldErrorPipe],
  templateUrl: './plan-form.html',
  styleUrls: ['./editor-form.scss', './plan-form.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanForm {
  readonly value = input<Plan>();
  readonly errors = input<FieldErrors>({});
  readonly pending = input(false);
  readonly save = output<PlanBody>();
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  protected readonly states = PLAN_STATES;
  protected readonly stateLabels = PLAN_STATE_LABELS;
  protected readonly yearLabel = schoolYearLabel;
  protected readonly form = new FormGroup({
    name: text(),
    firstSchoolYear: new FormControl<number | null>(null),
    lastSchoolYear: new FormControl<number | null>(null),
    mission: text(),
    vision: text(),
    values: new FormArray<FormControl<string>>([]),
    learnerProfile: new FormArray<FormControl<string>>([]),
    state: new FormControl<PlanState>('draft', { nonNullable: true }),
    adoptedOn: new FormControl<string | null>(null),
  });
  protected readonly unmatched = bindEditorForm(this.form, this.value, this.errors, (plan) => {
    setList(this.form.controls.values, plan?.values ?? []);
    setList(this.form.controls.learnerProfile, plan?.learnerProfile ?? []);
    this.form.reset({
      name: plan?.name ?? '',
      firstSchoolYear: plan?.firstSchoolYear ?? null,
      lastSchoolYear: plan?.lastSchoolYear ?? null,
      mission: plan?.mission ?? '',
      vision: plan?.vision ?? '',
      values: [...(plan?.values ?? [])],
      learnerProfile: [...(plan?.learnerProfile ?? [])],
      state: plan?.state ?? 'draft',
      adoptedOn: plan?.adoptedOn ?? null,
    });
  });
  /** The lists as the template walks them: the words are English, translated in the template. */
  protected readonly lists = [
    { array: this.form.controls.values, item: 'Value {n}', add: 'Add a value', legend: 'Values' },
    { array: this.form.controls.learnerProfile, item: 'Learner profile trait {n}', add: 'Add a trait', legend: 'Learner profile' },
  ];

  protected add(list: TextList): void {
    list.push(text());
    list.markAsDirty();
    // Focus the new, empty field so typing can start at once.
    const selector = `[data-list="${this.listName(list)}"] .item:last-of-type input`;
    afterNextRender(() => this.host.querySelector<HTMLInputElement>(selector)?.focus(), { injector: this.injector });
  }

  protected remove(list: TextList, index: number): void {
    list.removeAt(index);
    list.markAsDirty();
  }

  protected move(list: TextList, index: number, direction: -1 | 1): void {
    const control = list.at(index);
    list.removeAt(index, { emitEvent: false });
    list.insert(index + direction, control);
    list.markAsDirty();
  }

  protected listName(list: TextList): string {
    return list === this.form.controls.values ? 'values' : 'learnerProfile';
  }

  protected submit(): void {
    if (this.pending()) return;
    const v = this.form.getRawValue();
    this.save.emit({ ...v, adoptedOn: v.adoptedOn || null });
  }
}

function setList(list: TextList, values: readonly string[]): void {
  list.clear({ emitEvent: false });
  for (const value of values) list.push(text(value), { emitEvent: false });
}
