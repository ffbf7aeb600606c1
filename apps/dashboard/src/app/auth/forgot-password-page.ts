import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, signal, viewChild } from '@angular/core';
import '../shared/status-icons';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import { AUTH_ES } from './auth.es';
import { AuthApi } from './auth-api';
import { AuthCard } from './auth-card';
import { describeAuthError } from './auth-errors';
import { FormAlert } from './form-alert';

/** Asks for a reset link. The answer is the same whether or not the address has an account (no account probing). */
@Component({
  selector: 'tl-forgot-password-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, RouterLink, AuthCard, FormAlert, Icon, TPipe],
  template: `
    <tl-auth-card [heading]="'Forgot your password?' | t">
      @if (sentTo(); as email) {
        <p class="confirmation" role="status" tabindex="-1" #confirmation>
          <tl-icon name="ok" />
          <span>{{ 'If an account exists, we sent a link. Check the inbox of {email} and follow the link to set a new password.' | t: { email: email } }}</span>
        </p>
      } @else {
        <p class="lead">{{ 'Enter your email address and we will send you a link to set a new password.' | t }}</p>
        @if (error()) {
          <tl-form-alert>{{ error() }}</tl-form-alert>
        }
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'Email' | t }}</mat-label>
            <input matInput type="email" formControlName="email" autocomplete="username" required />
            @if (form.controls.email.hasError('required')) {
              <mat-error>{{ 'Enter your email address.' | t }}</mat-error>
            } @else {
              <mat-error>{{ 'Enter an email address like {example}.' | t: { example: exampleEmail } }}</mat-error>
            }
          </mat-form-field>
          <button mat-flat-button type="submit" class="submit">{{ pending() ? ('Sending…' | t) : ('Send the link' | t) }}</button>
        </form>
      }
      <p class="links"><a routerLink="/login">{{ 'Back to sign in' | t }}</a></p>
    </tl-auth-card>
  `,
  styleUrl: './auth-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgotPasswordPage {
  private readonly api = inject(AuthApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);
  /** Shown in the hint of the email field (an @ cannot be written in a template's text). */
  protected readonly exampleEmail = 'name@district.org';
  private readonly confirmation = viewChild<ElementRef<HTMLElement>>('confirmation');
  protected readonly form = inject(NonNullableFormBuilder).group({ email: ['', [Validators.required, Validators.email]] });
  protected readonly sentTo = signal('');
  protected readonly error = signal('');
  protected readonly pending = signal(false);

  constructor() {
    this.i18n.register(AUTH_ES);
  }

  protected async submit(): Promise<void> {
    if (this.pending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.host.nativeElement.querySelector<HTMLElement>('input.ng-invalid')?.focus();
      return;
    }
    this.pending.set(true);
    this.error.set('');
    const email = this.form.getRawValue().email.trim();
    try {
      await firstValueFrom(this.api.requestReset(email));
      this.sentTo.set(email);
      // The form is replaced by the confirmation: move focus there so it is read out and nothing is lost.
      afterNextRender(() => this.confirmation()?.nativeElement.focus(), { injector: this.injector });
    } catch (error: unknown) {
      this.error.set(describeAuthError(error, this.i18n));
    } finally {
      this.pending.set(false);
    }
  }
}
