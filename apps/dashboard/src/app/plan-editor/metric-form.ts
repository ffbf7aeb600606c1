import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  CADENCES, type Cadence, DIRECTIONS, DISAGGREGATIONS, type Direction, type Disaggregation, METRIC_KINDS, METRIC_UNITS, type Metric,
  type MetricKind, type MetricPublishFields, type MetricUnit, PUBLIC_SUMMARY_MAX, type Person,
} from '@throughline/domain';
import { FormAlert } from '../auth/form-alert';
import { TPipe } from '../core/t.pipe';
import { FieldErrorPipe } from './field-error.pipe';
import { bindEditorForm } from './form-binding';
import { CADENCE_LABELS, DIRECTION_LABELS, DISAGGREGATION_LABELS, KIND_LABELS, UNIT_LABELS } from './labels';
import { PersonPicker } from './person-picker';
import type { FieldErrors } from './server-errors';

export interface MetricBody {
  name: string;
  /** The name on the Spanish public page ('' = not translated). */
  nameEs: string;
  definition: string;
  unit: MetricUnit;
  decimals: number | null;
  direction: Direction;
  bandLow: number | null;
  bandHigh: number | null;
  kind: MetricKind;
  cadence: Cadence;
  lagDays: number | null;
  ownerId: string | null;
  disaggregation: Disaggregation;
  headline: boolean;
  // The public page's fields: sent only when editing a goal's metric.
  published?: boolean;
  publishGroups?: boolean;
  publicSummaryEn?: string;
  publicSummaryEs?: string;
}

/** Every field of a metric. The API checks them (a band for "stay within a band", …) and its messages show beside them. */
@Component({
  selector: 'tl-metric-form',
  imports: [
    ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatCheckboxModule, MatButtonModule, PersonPicker, FormAlert, TPipe,
    FieldErrorPipe,
  ],
  templateUrl: './metric-form.html',
  styleUrl: './editor-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MetricForm {
  readonly value = input<Metric>();
  readonly people = input.required<readonly Person[]>();
  readonly errors = input<FieldErrors>({});
  readonly pending = input(false);
  readonly save = output<MetricBody>();

  protected readonly options = {
    units: METRIC_UNITS,
    directions: DIRECTIONS,
    kinds: METRIC_KINDS,
    cadences: CADENCES,
    disaggregations: DISAGGREGATIONS,
  };
  protected readonly labels = { unit: UNIT_LABELS, direction: DIRECTION_LABELS, kind: KIND_LABELS, cadence: CADENCE_LABELS, disaggregation: DISAGGREGATION_LABELS };
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    nameEs: new FormControl('', { nonNullable: true }),
    definition: new FormControl('', { nonNullable: true }),
    unit: new FormControl<MetricUnit>('percent', { nonNullable: true }),
    decimals: new FormControl<number | null>(1),
    direction: new FormControl<Direction>('up', { nonNullable: true }),
    bandLow: new FormControl<number | null>(null),
    bandHigh: new FormControl<number | null>(null),
    kind: new FormControl<MetricKind>('lagging', { nonNullable: true }),
    cadence: new FormControl<Cadence>('annual', { nonNullable: true }),
    lagDays: new FormControl<number | null>(0),
    ownerId: new FormControl<string | null>(null),
    disaggregation: new FormControl<Disaggregation>('district', { nonNullable: true }),
    headline: new FormControl(false, { nonNullable: true }),
    published: new FormControl(true, { nonNullable: true }),
    publishGroups: new FormControl(false, { nonNullable: true }),
    publicSummaryEn: new FormControl('', { nonNullable: true }),
    publicSummaryEs: new FormControl('', { nonNullable: true }),
  });
  protected readonly summaryMax = PUBLIC_SUMMARY_MAX;
  /** A goal's metric can be published (guardrail measures are board business); edited once the metric exists. */
  protected readonly publishable = computed(() => Boolean(this.value()?.goalId));
  protected readonly direction = toSignal(this.form.controls.direction.valueChanges, { initialValue: this.form.controls.direction.value });
  protected readonly unmatched = bindEditorForm(this.form, this.value, this.errors, (m) =>
    this.form.reset({
      name: m?.name ?? '',
      nameEs: (m as Partial<MetricPublishFields> | undefined)?.nameEs ?? '',
      definition: m?.definition ?? '',
      unit: m?.unit ?? 'percent',
      decimals: m?.decimals ?? 1,
      direction: m?.direction ?? 'up',
      bandLow: m?.bandLow ?? null,
      bandHigh: m?.bandHigh ?? null,
      kind: m?.kind ?? 'lagging',
      cadence: m?.cadence ?? 'annual',
      lagDays: m?.lagDays ?? 0,
      ownerId: m?.ownerId ?? null,
      disaggregation: m?.disaggregation ?? 'district',
      headline: m?.headline ?? false,
      published: (m as Partial<MetricPublishFields> | undefined)?.published ?? true,
      publishGroups: (m as Partial<MetricPublishFields> | undefined)?.publishGroups ?? false,
      publicSummaryEn: (m as Partial<MetricPublishFields> | undefined)?.publicSummaryEn ?? '',
      publicSummaryEs: (m as Partial<MetricPublishFields> | undefined)?.publicSummaryEs ?? '',
    }),
  );

  protected submit(): void {
    if (this.pending()) return;
    const { published, publishGroups, publicSummaryEn, publicSummaryEs, ...v } = this.form.getRawValue();
    const publish = this.publishable() ? { published, publishGroups, publicSummaryEn, publicSummaryEs } : {};
    // Bands mean something only for "stay within a band"; other directions clear them.
    this.save.emit(v.direction === 'maintain' ? { ...v, ...publish } : { ...v, ...publish, bandLow: null, bandHigh: null });
  }
}
