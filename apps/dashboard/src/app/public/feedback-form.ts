import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { FEEDBACK_MESSAGE_MAX, FEEDBACK_ROLES, type CreateFeedbackRequest, type FeedbackRole } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';

/** Where one goal's feedback stands: being sent, sent, or refused (the server's words, field by field). */
export interface FeedbackState {
  readonly sending: boolean;
  readonly sent: boolean;
  readonly message?: string;
  readonly fields?: Readonly<Record<string, string>>;
}

/** How each feedback role reads (English; the t pipe translates): the form and the cabinet's inbox. */
export const FEEDBACK_ROLE_LABELS: Readonly<Record<FeedbackRole, string>> = {
  parent: 'Parent or family member', student: 'Student', staff: 'Staff member', community: 'Community member', other: 'Other',
};

/** The feedback form of one goal: plain HTML controls, labelled, usable by keyboard; the page sends it. */
@Component({
  selector: 'tl-feedback-form',
  imports: [TPipe],
  template: `
    <details class="feedback">
      <summary>{{ 'Share your feedback on this goal' | t }}</summary>
      @if (state().sent) {
        <p class="done" role="status">{{ 'Thank you. Your feedback was sent to the district leadership team.' | t }}</p>
      } @else {
        <form (submit)="submit($event)" novalidate>
          <label [for]="id('message')">{{ 'Your message' | t }} <span aria-hidden="true">*</span></label>
          <textarea [id]="id('message')" name="message" rows="4" required [attr.maxlength]="max"
                    [attr.aria-invalid]="state().fields?.['message'] ? 'true' : null"
                    [attr.aria-describedby]="state().fields?.['message'] ? id('message-error') : null"
                    [value]="message()" (input)="message.set($any($event.target).value)"></textarea>
          @if (state().fields?.['message']; as problem) {
            <p class="error" [id]="id('message-error')">{{ problem }}</p>
          }
          <div class="row">
            <div>
              <label [for]="id('name')">{{ 'Name (optional)' | t }}</label>
              <input [id]="id('name')" name="name" autocomplete="name" maxlength="200" [value]="name()" (input)="name.set($any($event.target).value)" />
            </div>
            <div>
              <label [for]="id('email')">{{ 'Email (optional)' | t }}</label>
              <input [id]="id('email')" name="email" type="email" autocomplete="email" maxlength="254"
                     [attr.aria-invalid]="state().fields?.['email'] ? 'true' : null"
                     [attr.aria-describedby]="state().fields?.['email'] ? id('email-error') : null"
                     [value]="email()" (input)="email.set($any($event.target).value)" />
              @if (state().fields?.['email']; as problem) {
                <p class="error" [id]="id('email-error')">{{ problem }}</p>
              }
            </div>
            <div>
              <label [for]="id('role')">{{ 'I am a… (optional)' | t }}</label>
              <select [id]="id('role')" name="role" [value]="role()" (change)="role.set($any($event.target).value)">
                <option value="">{{ 'Prefer not to say' | t }}</option>
                @for (r of roles; track r) {
                  <option [value]="r">{{ roleLabels[r] | t }}</option>
                }
              </select>
            </div>
          </div>
          @if (state().message && !state().fields) {
            <p class="error" role="alert">{{ state().message }}</p>
          }
          <button type="submit" [attr.aria-disabled]="state().sending || null">{{ state().sending ? ('Sending…' | t) : ('Send feedback' | t) }}</button>
        </form>
      }
    </details>
  `,
  styles: `
    .feedback { margin-top: 12px; border: 1px solid #cfd8dc; border-radius: 8px; padding: 8px 12px; background: #fafbfc; }
    summary { cursor: pointer; font-weight: 600; color: #0b4a8b; padding: 4px 0; }
    form { display: grid; gap: 6px; margin-top: 8px; }
    label { font-weight: 500; }
    textarea, input, select { font: inherit; padding: 8px; border: 1px solid #607d8b; border-radius: 4px; width: 100%; box-sizing: border-box; background: #fff; }
    .row { display: grid; gap: 8px; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); }
    .row > div { display: grid; gap: 4px; align-content: start; }
    button { justify-self: start; font: inherit; font-weight: 600; padding: 8px 18px; border-radius: 20px; border: 0; background: #1f5fa8; color: #fff; cursor: pointer; }
    button:focus-visible, summary:focus-visible, textarea:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
    .error { color: #8c1d18; margin: 0; }
    .done { color: #0d5224; font-weight: 600; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FeedbackForm {
  readonly goalId = input.required<string>();
  readonly language = input.required<'en' | 'es'>();
  readonly state = input<FeedbackState>({ sending: false, sent: false });
  readonly send = output<CreateFeedbackRequest>();

  protected readonly max = FEEDBACK_MESSAGE_MAX;
  protected readonly roles = FEEDBACK_ROLES;
  protected readonly roleLabels = FEEDBACK_ROLE_LABELS;
  protected readonly message = signal('');
  protected readonly name = signal('');
  protected readonly email = signal('');
  protected readonly role = signal('');

  protected id(field: string): string {
    return `feedback-${this.goalId()}-${field}`;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.state().sending) return;
    this.send.emit({
      message: this.message(),
      ...(this.name().trim() ? { name: this.name().trim() } : {}),
      ...(this.email().trim() ? { email: this.email().trim() } : {}),
      ...(this.role() ? { role: this.role() as FeedbackRole } : {}),
      language: this.language(),
    });
  }
}
