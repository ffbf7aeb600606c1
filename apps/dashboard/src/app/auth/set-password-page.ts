import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, signal, viewChild } from '@angular/core';
import '../shared/status-icons';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
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
import { describeAuthError, fieldErrors } from './auth-errors';
import { AuthStore } from './auth-store';
import { FormAlert } from './form-alert';

/** The API's rule (SetPasswordDto): at least 10 characters. */
export const MIN_PASSWORD_LENGTH = 10;

function sameAsPassword(control: AbstractControl): ValidationErrors | null {
  const password = control.parent?.get('password')?.value as string | undefined;
  return control.value && password !== undefined && control.value !== password ? { mismatch: true } : null;
}

/** Where the emailed invitation or reset link lands (`/set-password?token=…`). */
@Component({
  selector: 'tl-set-password-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, RouterLink, AuthCard, FormAlert, Icon, TPipe],
  templateUrl: './set-password-page.html',
  styleUrl: './auth-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetPasswordPage {
  private readonly api = inject(AuthApi);
  private readonly store = inject(AuthStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);
  private readonly confirmation = viewChild<ElementRef<HTMLElement>>('confirmation');

  readonly token = input<string>();
  protected readonly minLength = MIN_PASSWORD_LENGTH;
  protected readonly hasToken = computed(() => !!this.token()?.trim());
  protected readonly done = signal(false);
  protected readonly error = signal('');
  /** The link itself is used up or expired: the only way on is a new one. */
  protected readonly linkInvalid = signal(false);
  protected readonly pending = signal(false);

  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
    confirm: ['', [Validators.required, sameAsPassword]],
  });

  constructor() {
    this.i18n.register(AUTH_ES);
    // The confirmation is checked against the password, so it must be re-checked whenever the password changes.
    this.form.controls.password.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.form.controls.confirm.updateValueAndValidity());
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
    this.linkInvalid.set(false);
    try {
      await firstValueFrom(this.api.setPassword(this.token() ?? '', this.form.getRawValue().password));
      // The server ends every session of this person; forget any we hold here.
      this.store.clear();
      this.done.set(true);
      afterNextRender(() => this.confirmation()?.nativeElement.focus(), { injector: this.injector });
    } catch (error: unknown) {
      this.showError(error);
    } finally {
      this.pending.set(false);
    }
  }

  private showError(error: unknown): void {
    const fields = fieldErrors(error);
    if (fields['password']?.length) {
      this.form.controls.password.setErrors({ server: fields['password'].join(' ') });
      this.form.controls.password.markAsTouched();
    }
    if (fields['token']?.length) {
      this.linkInvalid.set(true);
      this.error.set(fields['token'].join(' '));
    } else if (!fields['password']?.length) {
      this.error.set(describeAuthError(error, this.i18n));
    }
  }
}
