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
  missionEs: string;
  visionEs: string;
  valuesEs: string[];
  learnerProfile: string[];
  state: PlanState;
  adoptedOn: string | null;
}

type TextList = FormArray<FormControl<string>>;

/** An editable list as the template walks it: the words are English, translated in the template. */
interface TextListSpec {
  readonly name: 'values' | 'valuesEs' | 'learnerProfile';
  readonly array: TextList;
  readonly item: string;
  readonly add: string;
  readonly legend: string;
  /** The language of what is typed in, when it is not the page's. */
  readonly lang: 'es' | null;
  readonly hint: string | null;
}

let nextId = 0;

const text = (value = '') => new FormControl(value, { nonNullable: true });

/**
 * The plan's own fields: name, horizon, mission, vision and values (each followed by its Spanish version, for the
 * Spanish public page), learner profile, state. Values and learner profile are editable lists.
 */
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
  protected readonly uid = `tl-plan-form-${nextId++}`;
  protected readonly form = new FormGroup({
    name: text(),
    firstSchoolYear: new FormControl<number | null>(null),
    lastSchoolYear: new FormControl<number | null>(null),
    mission: text(),
    missionEs: text(),
    vision: text(),
    visionEs: text(),
    values: new FormArray<FormControl<string>>([]),
    valuesEs: new FormArray<FormControl<string>>([]),
    learnerProfile: new FormArray<FormControl<string>>([]),
    state: new FormControl<PlanState>('draft', { nonNullable: true }),
    adoptedOn: new FormControl<string | null>(null),
  });
  protected readonly unmatched = bindEditorForm(this.form, this.value, this.errors, (plan) => {
    setList(this.form.controls.values, plan?.values ?? []);
    setList(this.form.controls.valuesEs, plan?.valuesEs ?? []);
    setList(this.form.controls.learnerProfile, plan?.learnerProfile ?? []);
    this.form.reset({
      name: plan?.name ?? '',
      firstSchoolYear: plan?.firstSchoolYear ?? null,
      lastSchoolYear: plan?.lastSchoolYear ?? null,
      mission: plan?.mission ?? '',
      missionEs: plan?.missionEs ?? '',
      vision: plan?.vision ?? '',
      visionEs: plan?.visionEs ?? '',
      values: [...(plan?.values ?? [])],
      valuesEs: [...(plan?.valuesEs ?? [])],
      learnerProfile: [...(plan?.learnerProfile ?? [])],
      state: plan?.state ?? 'draft',
      adoptedOn: plan?.adoptedOn ?? null,
    });
  });
  protected readonly lists: readonly TextListSpec[] = [
    { name: 'values', array: this.form.controls.values, item: 'Value {n}', add: 'Add a value', legend: 'Values', lang: null, hint: null },
    {
      name: 'valuesEs',
      array: this.form.controls.valuesEs,
      item: 'Value in Spanish {n}',
      add: 'Add a value in Spanish',
      legend: 'Values in Spanish',
      lang: 'es',
      hint: 'In the same order as the English values; leave the list empty to show the English.',
    },
    {
      name: 'learnerProfile',
      array: this.form.controls.learnerProfile,
      item: 'Learner profile trait {n}',
      add: 'Add a trait',
      legend: 'Learner profile',
      lang: null,
      hint: null,
    },
  ];

  protected add(list: TextListSpec): void {
    list.array.push(text());
    list.array.markAsDirty();
    // Focus the new, empty field so typing can start at once.
    const selector = `[data-list="${list.name}"] .item:last-of-type input`;
    afterNextRender(() => this.host.querySelector<HTMLInputElement>(selector)?.focus(), { injector: this.injector });
  }

  /** The ids the fieldset is described by: its hint, and the API's message about the whole list (e.g. too many). */
  protected describedBy(list: TextListSpec, error: string | null): string | null {
    const ids = [list.hint ? `${this.uid}-${list.name}-hint` : '', error ? `${this.uid}-${list.name}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
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
