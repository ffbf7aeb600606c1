import {
  ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, effect, inject, input, output, signal, untracked, viewChild,
  viewChildren,
} from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import type { CreateStatusUpdateRequest, TacticStatus } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import type { FieldMessages } from './api-errors';
import type { MyTactic } from './my-work-api';
import { TACTIC_LOOK } from './tactic-status';

/** Where a save of one tactic stands; `saved` counts successful check-ins (the form starts afresh after each). */
export interface SaveState {
  readonly saving: boolean;
  readonly saved: number;
  readonly fields: FieldMessages;
  readonly message: string;
  readonly tone: 'error' | 'info' | 'success';
}
export const IDLE: SaveState = { saving: false, saved: 0, fields: {}, message: '', tone: 'info' };

// Owners report these; cancelling a tactic is the plan editor's decision, not a check-in.
const STATUSES: readonly TacticStatus[] = ['not-started', 'on-track', 'at-risk', 'off-track', 'complete'];
const NEEDS_WORDS: readonly TacticStatus[] = ['at-risk', 'off-track'];

/**
 * The quick check-in: status (icon + words), % complete, narrative (the API requires it when at risk or off
 * track, and its message is shown beside the field), evidence links. The owner's draft survives a reload of the
 * tactic (a 409), so nothing typed is lost; it starts afresh after each successful check-in.
 */
@Component({
  selector: 'tl-check-in-form',
  imports: [ReactiveFormsModule, MatRadioModule, MatFormFieldModule, MatInputModule, MatButtonModule, Icon, TPipe],
  templateUrl: './check-in-form.html',
  styleUrl: './check-in-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckInForm {
  readonly tactic = input.required<MyTactic>();
  readonly state = input<SaveState>(IDLE);
  readonly submitted = output<CreateStatusUpdateRequest>();

  protected readonly statuses = STATUSES;
  protected readonly look = TACTIC_LOOK;
  protected readonly chosen = signal<TacticStatus>('not-started');
  protected readonly percent = signal(0);
  protected readonly form = new FormGroup({
    status: new FormControl<TacticStatus>('not-started', { nonNullable: true }),
    percentComplete: new FormControl<number | null>(0),
    narrative: new FormControl('', { nonNullable: true }),
    evidenceLinks: new FormArray<FormControl<string>>([]),
  });
  private readonly injector = inject(Injector);
  private readonly narrativeInput = viewChild<ElementRef<HTMLTextAreaElement>>('narrativeInput');
  private readonly percentInput = viewChild<ElementRef<HTMLInputElement>>('percentInput');
  private readonly linkInputs = viewChildren<ElementRef<HTMLInputElement>>('linkInput');
  private readonly addLinkButton = viewChild<ElementRef<HTMLButtonElement>>('addLinkButton');
  private started = '';

  constructor() {
    // Start from the tactic as it stands, and again after each successful check-in (not on a mere reload).
    effect(() => {
      const tactic = this.tactic();
      const key = `${tactic.id}:${this.state().saved}`;
      if (key === this.started) return;
      this.started = key;
      untracked(() => this.reset(tactic));
    });
    // The API's messages go on the fields they are about; focus moves to the first, so the owner can fix it.
    effect(() => {
      const fields = this.state().fields;
      untracked(() => this.showServerErrors(fields));
    });
  }

  protected get links(): FormArray<FormControl<string>> {
    return this.form.controls.evidenceLinks;
  }

  protected needsWords(): boolean {
    return NEEDS_WORDS.includes(this.chosen());
  }

  protected id(part: string): string {
    return `check-in-${this.tactic().id}-${part}`;
  }

  protected choose(status: TacticStatus): void {
    this.chosen.set(status);
  }

  protected addLink(): void {
    this.links.push(new FormControl('', { nonNullable: true }));
    afterNextRender(() => this.linkInputs().at(-1)?.nativeElement.focus(), { injector: this.injector });
  }

  protected removeLink(index: number): void {
    this.links.removeAt(index);
    afterNextRender(() => this.addLinkButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected submit(): void {
    if (this.state().saving) return;
    const value = this.form.getRawValue();
    const narrative = value.narrative.trim();
    // A blank narrative is sent as such when the status needs one, so the API answers with its one message for it.
    const words = narrative || NEEDS_WORDS.includes(value.status) ? { narrative } : {};
    this.submitted.emit({
      status: value.status,
      // Sent as typed: the API answers an empty or fractional value with its own message for the field.
      percentComplete: value.percentComplete as number,
      ...words,
      evidenceLinks: value.evidenceLinks.map((link) => link.trim()).filter((link) => link !== ''),
      version: this.tactic().version,
    });
  }

  private reset(tactic: MyTactic): void {
    this.links.clear();
    this.form.reset({ status: tactic.status === 'cancelled' ? 'not-started' : tactic.status, percentComplete: tactic.percentComplete, narrative: '' });
    this.chosen.set(this.form.controls.status.value);
    this.percent.set(tactic.percentComplete);
  }

  private showServerErrors(fields: FieldMessages): void {
    const controls = this.form.controls;
    const targets = [
      ['status', controls.status, undefined],
      ['percentComplete', controls.percentComplete, this.percentInput()],
      ['narrative', controls.narrative, this.narrativeInput()],
    ] as const;
    let focus: HTMLElement | undefined;
    for (const [field, control, element] of targets) {
      const messages = fields[field];
      if (!messages?.length) continue;
      control.setErrors({ server: messages });
      control.markAsTouched();
      focus ??= element?.nativeElement;
    }
    if (fields['evidenceLinks']?.length) focus ??= this.linkInputs()[0]?.nativeElement;
    if (focus) {
      const target = focus;
      afterNextRender(() => target.focus(), { injector: this.injector });
    }
  }
}
