import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { AuthApi, type SignedInPerson } from './auth-api';

/**
 * Who is signed in. Asked of the API once (`GET /api/auth/me`) and cached; sign-in, sign-out and an expired
 * session (the interceptor) update it. `undefined` until the first answer, `null` when nobody is signed in.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly api = inject(AuthApi);
  private readonly state = signal<SignedInPerson | null | undefined>(undefined);
  private pending: Promise<SignedInPerson | null> | undefined;

  readonly person = computed(() => this.state() ?? null);
  readonly signedIn = computed(() => !!this.state());

  /** The signed-in person, asking the API only the first time. */
  load(): Promise<SignedInPerson | null> {
    const known = this.state();
    if (known !== undefined) return Promise.resolve(known);
    this.pending ??= firstValueFrom(this.api.me()).then(
      (person) => this.settle(person),
      (error: unknown) => {
        // Only a 401 means "signed out"; a server that is down must not look like a wrong session forever.
        if (error instanceof HttpErrorResponse && error.status === 401) return this.settle(null);
        this.pending = undefined;
        return null;
      },
    );
    return this.pending;
  }

  signedInAs(person: SignedInPerson): void {
    this.settle(person);
  }

  clear(): void {
    this.settle(null);
  }

  /**
   * Ends the session on the server and forgets the person here. If the server cannot be reached the person is
   * still signed out of this page; the session then ends on the server by its idle timeout.
   */
  async signOut(): Promise<void> {
    await firstValueFrom(this.api.logout()).catch(() => undefined);
    this.clear();
  }

  private settle(person: SignedInPerson | null): SignedInPerson | null {
    this.pending = undefined;
    this.state.set(person);
    return person;
  }
}
