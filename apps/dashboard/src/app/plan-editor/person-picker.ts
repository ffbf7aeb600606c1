import { ChangeDetectionStrategy, Component, computed, effect, input, signal, untracked } from '@angular/core';
import { type AbstractControl, FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Person } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { matchPeople, personLabel } from './labels';
import { serverMessage } from './server-errors';

/**
 * An owner field: type a few letters of a name, title or department and pick the person. The chosen person's id
 * goes into `control` (the form's field, where the API's message for it lands too).
 */
@Component({
  selector: 'tl-person-picker',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatAutocompleteModule, TPipe],
  template: `
    <mat-form-field appearance="outline" class="field">
      <mat-label>{{ label() | t }}</mat-label>
      <input
        matInput
        [formControl]="text"
        [matAutocomplete]="auto"
        [errorStateMatcher]="matcher"
        [required]="required()"
        (blur)="resolve()"
        autocomplete="off"
      />
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="display" (optionSelected)="choose($event.option.value)">
        @for (person of options(); track person.id) {
          <mat-option [value]="person">
            <span class="name">{{ person.name }}</span>
            @if (person.title) { <span class="title"> — {{ person.title }}</span> }
          </mat-option>
        } @empty {
          <mat-option disabled>{{ 'No one matches' | t }}</mat-option>
        }
      </mat-autocomplete>
      <mat-hint>{{ 'Type part of a name, title or department' | t }}</mat-hint>
      @if (unresolved()) {
        <mat-error>{{ 'Choose someone from the list.' | t }}</mat-error>
      } @else {
        <mat-error lang="en">{{ message() }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host { display: block; }
    .field { width: 100%; }
    .title { color: var(--mat-sys-on-surface-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonPicker {
  readonly control = input.required<FormControl<string | null>>();
  readonly people = input.required<readonly Person[]>();
  /** In English; translated here. */
  readonly label = input.required<string>();
  readonly required = input(true);

  protected readonly text = new FormControl<string | Person>('', { nonNullable: true });
  private readonly typed = signal('');
  /** Bumped on every change of the form's control, whose state is not a signal. */
  private readonly outer = signal(0);
  protected readonly unresolved = signal(false);
  protected readonly options = computed(() => matchPeople(this.people(), this.typed()));
  protected readonly message = computed(() => (this.outer(), serverMessage(this.control())));
  protected readonly display = (value: Person | string | null): string => (typeof value === 'string' ? value : personLabel(value ?? undefined));
  protected readonly matcher: ErrorStateMatcher = {
    isErrorState: () => this.unresolved() || (this.control().invalid && this.control().touched),
  };

  constructor() {
    this.text.valueChanges.subscribe((value) => {
      this.typed.set(typeof value === 'string' ? value : '');
      if (typeof value === 'string') this.unresolved.set(false);
    });
    // Follow the form's control: a record loaded into the form shows its owner's name here.
    effect((onCleanup) => {
      const control = this.control();
      const people = this.people();
      const sync = () => {
        this.outer.update((n) => n + 1);
        const current = this.text.value;
        if (typeof current !== 'string' && current.id === control.value) return;
        const person = people.find((p) => p.id === control.value);
        if (person || control.value === null || control.value === '') this.text.setValue(person ?? '', { emitEvent: false });
      };
      untracked(sync);
      const subscription = control.events.subscribe(sync);
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected choose(person: Person): void {
    this.unresolved.set(false);
    this.control().setValue(person.id);
    this.control().markAsDirty();
  }

  /** Leaving the field with typed text: one match is taken; none or several ask to choose. */
  protected resolve(): void {
    const value = this.text.value;
    if (typeof value !== 'string') return;
    const control: AbstractControl<string | null> = this.control();
    if (!value.trim()) {
      if (control.value !== null) control.setValue(null);
      return;
    }
    const matches = matchPeople(this.people(), value);
    if (matches.length === 1 && matches[0]) this.choose(matches[0]);
    else this.unresolved.set(true);
  }
}
