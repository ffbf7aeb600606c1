import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { catchError, firstValueFrom, of } from 'rxjs';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { AuthApi, oidcLoginHref } from './auth-api';
import { AUTH_ES } from './auth.es';
import { AuthCard } from './auth-card';
import { describeAuthError } from './auth-errors';
import { AuthStore } from './auth-store';
import { FormAlert } from './form-alert';
import { safeNext } from './sign-in-redirect';

@Component({
  selector: 'tl-login-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, RouterLink, AuthCard, FormAlert, TPipe],
  templateUrl: './login-page.html',
  styleUrls: ['./auth-form.scss', './login-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly api = inject(AuthApi);
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly i18n = inject(I18n);
  /** Shown in the hint of the email field (an @ cannot be written in a template's text). */
  protected readonly exampleEmail = 'name@district.org';

  /** Where to go after signing in (`/login?next=/results`), checked so it can only be a page of this site. */
  readonly next = input<string>();
  protected readonly target = computed(() => safeNext(this.next()));
  /** Without an answer the password form still works; only the single sign-on button is left out. */
  private readonly providers = toSignal(this.api.providers().pipe(catchError(() => of(null))), { initialValue: null });
  protected readonly oidc = computed(() => this.providers()?.oidc ?? null);
  protected readonly oidcHref = computed(() => oidcLoginHref(this.target()));
  protected readonly error = signal('');
  protected readonly pending = signal(false);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });

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
    const { email, password } = this.form.getRawValue();
    try {
      const person = await firstValueFrom(this.api.login(email.trim(), password));
      this.store.signedInAs(person);
      await this.router.navigateByUrl(this.target(), { replaceUrl: true });
    } catch (error: unknown) {
      this.error.set(describeAuthError(error, this.i18n));
    } finally {
      this.pending.set(false);
    }
  }
}
