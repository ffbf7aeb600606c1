import { Injectable } from '@angular/core';
import type { IsoDate, TacticStatus } from '@throughline/domain';
import { type ApiRequest, apiResource } from '../shared/api-resource';

// The answers of GET /api/accountability and /items (apps/api/src/accountability/accountability.dto.ts), kept in
// step by the API's integration tests until they move to libs/domain/src/contracts.

export type GroupBy = 'owner' | 'department';

export interface AccountabilityRow {
  /** The owner's id, or the department's name ('' for people with none). */
  readonly key: string;
  readonly name: string;
  readonly department: string | null;
  readonly tactics: number;
  readonly expectedUpdates: number;
  readonly onTimeUpdates: number;
  readonly onTimeRate: number | null;
  readonly overdue: number;
  readonly stale: number;
  readonly medianDaysSinceCheckIn: number | null;
  readonly lastCheckIn: IsoDate | null;
}

export interface AccountabilityReview {
  readonly groupBy: GroupBy;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly rows: readonly AccountabilityRow[];
}

export interface AccountabilityItem {
  readonly id: string;
  readonly title: string;
  readonly ownerId: string;
  readonly ownerName: string;
  readonly status: TacticStatus;
  readonly percentComplete: number;
  readonly dueDate: IsoDate | null;
  readonly overdue: boolean;
  readonly daysOverdue: number;
  readonly stale: boolean;
  readonly expectedUpdates: number;
  readonly onTimeUpdates: number;
  readonly onTimeRate: number | null;
  readonly daysSinceCheckIn: number | null;
  readonly lastCheckIn: IsoDate | null;
  readonly nextCheckInDue: IsoDate | null;
}

export interface AccountabilityItems {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly items: readonly AccountabilityItem[];
}

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
