import { Injectable } from '@angular/core';
import type { AccountabilityItemsResponse, AccountabilityResponse, GroupBy } from '@throughline/domain';
import { type ApiRequest, apiResource } from '../shared/api-resource';

export type { AccountabilityItem, AccountabilityRow, GroupBy } from '@throughline/domain';
/** The answers of GET /api/accountability and /items. */
export type AccountabilityReview = AccountabilityResponse;
export type AccountabilityItems = AccountabilityItemsResponse;

export interface ReviewQuery {
  readonly groupBy: GroupBy;
  readonly from?: string;
  readonly to?: string;
}

const window = (q: ReviewQuery): Record<string, string> => ({ ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) });

/** Typed access to the accountability review. */
@Injectable({ providedIn: 'root' })
export class AccountabilityApi {
  review(query: () => ReviewQuery) {
    return apiResource<AccountabilityReview>(() => {
      const q = query();
      return { url: '/api/accountability', params: { groupBy: q.groupBy, ...window(q) } };
    });
  }

  /** The tactics behind one row (nothing while no row is open). */
  items(query: () => (ReviewQuery & { readonly key: string }) | undefined) {
    return apiResource<AccountabilityItems>((): ApiRequest => {
      const q = query();
      if (!q) return undefined;
      const who: Record<string, string> = q.groupBy === 'owner' ? { ownerId: q.key } : { department: q.key };
      return { url: '/api/accountability/items', params: { ...who, ...window(q) } };
    });
  }
}
