import { HttpClient, type HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, type Signal, computed, effect, inject, signal, untracked } from '@angular/core';
import type { Subscription } from 'rxjs';

export type ApiRequest = string | { readonly url: string; readonly params?: Readonly<Record<string, string | number | boolean>> } | undefined;

/** A GET that follows its URL signal: the value, the error, whether it is loading, and reload(). */
export interface ApiResource<T> {
  readonly value: Signal<T | undefined>;
  readonly error: Signal<HttpErrorResponse | undefined>;
  readonly isLoading: Signal<boolean>;
  hasValue(): boolean;
  reload(): void;
}

/**
 * Our small stand-in for Angular's httpResource: importing httpResource anywhere drags Angular's resource code
 * (~9 kB) into the initial bundle, because the shell shares @angular/common/http with it. Call in an injection
 * context; an undefined request means "nothing to load yet". A newer request cancels the older one.
 */
export function apiResource<T>(request: () => ApiRequest): ApiResource<T> {
  const http = inject(HttpClient);
  const value = signal<T | undefined>(undefined);
  const error = signal<HttpErrorResponse | undefined>(undefined);
  const loading = signal(false);
  const nonce = signal(0);
  let subscription: Subscription | undefined;

  // The same request recomputed (e.g. a new array of the same ids) must not fetch again.
  const current = computed(request, { equal: sameRequest });

  effect(() => {
    nonce();
    const req = current();
    untracked(() => {
      subscription?.unsubscribe();
      if (req === undefined) return;
      const { url, params } = typeof req === 'string' ? { url: req, params: undefined } : req;
      loading.set(true);
      subscription = http.get<T>(url, params ? { params: { ...params } } : {}).subscribe({
        next: (body) => {
          value.set(body);
          error.set(undefined);
          loading.set(false);
        },
        error: (e: HttpErrorResponse) => {
          error.set(e);
          loading.set(false);
        },
      });
    });
  });
  inject(DestroyRef).onDestroy(() => subscription?.unsubscribe());

  return {
    value: value.asReadonly(),
    error: error.asReadonly(),
    isLoading: computed(() => loading()),
    hasValue: () => value() !== undefined,
    reload: () => nonce.update((n) => n + 1),
  };
}

/** Whether two requests would fetch the same thing (then the resource keeps what it has). */
export function sameRequest(a: ApiRequest, b: ApiRequest): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
