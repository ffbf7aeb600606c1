import { AsyncLocalStorage } from 'node:async_hooks';
import type { Role } from '@throughline/domain';

export type { Role };

/** Who is asking: a signed-in person and their roles. */
export interface Actor {
  readonly personId: string;
  readonly name: string;
  readonly email: string;
  readonly roles: readonly Role[];
  readonly sessionId?: string;
}

export interface RequestState {
  readonly requestId: string;
  actor?: Actor;
}

/** Per-request state that follows the request through async calls: its id and, once authenticated, its actor. */
export const requestContext = new AsyncLocalStorage<RequestState>();

export function currentRequest(): RequestState | undefined {
  return requestContext.getStore();
}
