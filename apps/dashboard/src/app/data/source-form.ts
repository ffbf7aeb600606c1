import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FormAlert } from '../auth/form-alert';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import type { FieldMessages, Source, SourceWrite } from './data-api';
import { KIND_OPTIONS } from './data-words';
import { MappingHelp } from './mapping-help';
import { type SourceFormValue, formFromSource, messagesFor, toSourceWrite } from './source-form-model';

/** Which API field names each control answers for (its messages appear beside it). */
const FIELDS: Readonly<Record<keyof SourceFormValue, readonly string[]>> = {
  name: ['name'], kind: ['kind'], stewardId: ['stewardId'], active: ['active'],
  scheduleKind: ['schedule'], time: [], weekday: [], day: [], cron: [],
  format: ['config.format'], sheet: ['config.sheet'], url: ['config.url'], jsonPath: ['config.jsonPath'], query: ['config.query'],
  headers: ['secrets.headers', 'secrets'], connectionString: ['secrets.connectionString'], mapping: ['mapping'],
};

const text = (value = '') => new FormControl(value, { nonNullable: true });

/**
 * Creates or edits a source. The mapping is JSON in a textarea (README "Collecting data" shows its shape); the
 * API checks it and its messages appear beside the field they concern.
 */
@Component({
  selector: 'tl-source-form',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, FormAlert, TPipe, MappingHelp],
  templateUrl: './source-form.html',
  styleUrl: './source-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SourceForm {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly i18n = inject(I18n);
  /** The source to edit; none for a new one. */
  readonly source = input<Source>();
  /** People an admin may name as steward; empty: the steward is not chosen here. */
  readonly people = input<readonly { id: string; name: string }[]>([]);
  readonly fieldErrors = input<readonly FieldMessages[]>([]);
  readonly error = input('');
  readonly busy = input(false);
  readonly locale = input('en-US');
  /** For the mapping's help: the metrics a mapping may name, and the district's student-group codes. */
  readonly metrics = input<readonly { readonly id: string; readonly name: string }[]>([]);
  readonly groups = input<readonly { readonly code: string; readonly name: string }[]>([]);
  readonly save = output<SourceWrite>();
  readonly cancelled = output<void>();

  protected readonly kinds = KIND_OPTIONS;
  /** Monday first, as districts plan their weeks; 0 = Sunday as the API counts. */
  protected readonly weekdays = [1, 2, 3, 4, 5, 6, 0].map((number) => ({ number, value: String(number) }));
  protected readonly form = new FormGroup({
    name: text(), kind: new FormControl<SourceFormValue['kind']>('file', { nonNullable: true }), stewardId: text(),
    active: new FormControl(true, { nonNullable: true }),
    scheduleKind: new FormControl<SourceFormValue['scheduleKind']>('none', { nonNullable: true }),
    time: text('06:00'), weekday: text('1'), day: text('5'), cron: text(),
    format: new FormControl<SourceFormValue['format']>('auto', { nonNullable: true }), sheet: text(), url: text(), jsonPath: text(),
    query: text(), headers: text(), connectionString: text(), mapping: text(),
  });
  /** The kind and schedule chosen, as signals: they decide which fields show. */
  protected readonly kind = signal<SourceFormValue['kind']>('file');
  protected readonly scheduleKind = signal<SourceFormValue['scheduleKind']>('none');
  protected readonly editing = computed(() => !!this.source());
  private readonly identity = computed(() => {
    const source = this.source();
    return source ? `${source.id}@${source.version}` : 'new';
  });
  private readonly localErrors = signal<readonly FieldMessages[]>([]);

  constructor() {
    this.form.controls.name.addValidators(Validators.required);
    this.form.controls.mapping.addValidators(Validators.required);
    this.form.controls.kind.valueChanges.subscribe((kind) => this.kind.set(kind));
    this.form.controls.scheduleKind.valueChanges.subscribe((kind) => this.scheduleKind.set(kind));
    // Reset only for another source or version: a list refresh (a run finishing) must not wipe what is typed.
    effect(() => {
      this.identity();
      const source = untracked(() => this.source());
      this.form.reset(formFromSource(source));
      this.kind.set(this.form.controls.kind.value);
      this.scheduleKind.set(this.form.controls.scheduleKind.value);
      if (source) this.form.controls.kind.disable();
      else this.form.controls.kind.enable();
    });
    effect(() => this.show([...this.localErrors(), ...this.fieldErrors()]));
  }

  /** "Monday" / "lunes" for 1 (0 = Sunday), named through Intl in UTC so no zone shifts the day. */
  protected weekdayName(day: number): string {
    return new Intl.DateTimeFormat(this.locale(), { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + day));
  }

  /** The messages for a control (the template shows them in its mat-error). */
  protected messages(control: keyof SourceFormValue): string[] {
    const errors = this.form.controls[control].errors;
    return (errors?.['api'] as string[] | undefined) ?? [];
  }

  protected submit(): void {
    this.localErrors.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    const result = toSourceWrite(this.form.getRawValue(), this.i18n, this.source()?.version);
    if ('problems' in result) {
      this.localErrors.set(result.problems);
      return;
    }
    this.save.emit(result.body);
  }

  private show(fields: readonly FieldMessages[]): void {
    for (const [control, names] of Object.entries(FIELDS) as [keyof SourceFormValue, readonly string[]][]) {
      const found = names.length ? messagesFor(fields, ...names) : [];
      const c = this.form.controls[control];
      const { api: _previous, ...rest } = c.errors ?? {};
      const next = found.length ? { ...rest, api: found } : rest;
      c.setErrors(Object.keys(next).length ? next : null);
      if (found.length) c.markAsTouched();
    }
    if (fields.length) this.focusFirstInvalid();
  }

  private focusFirstInvalid(): void {
    queueMicrotask(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"], .ng-invalid.ng-touched:is(input, select, textarea)')?.focus());
  }
}
