import type { IsoDate } from '../calendar/iso-date.js';
import type { TacticStatus } from '../plan/plan.js';

// The responses of GET /api/accountability and /api/accountability/items.

/** How the review groups tactics: by owner or by the owner's department. */
export const GROUP_BYS = ['owner', 'department'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** One owner's (or department's) record: the domain's accountability() with names. */
export interface AccountabilityRow {
  /** The owner's id, or the department's name ('' for people with none). */
  readonly key: string;
  readonly name: string;
  readonly department: string | null;
  readonly tactics: number;
  readonly expectedUpdates: number;
  readonly onTimeUpdates: number;
  /** Null when no update was owed yet in the window. */
  readonly onTimeRate: number | null;
  readonly overdue: number;
  readonly stale: number;
  readonly medianDaysSinceCheckIn: number | null;
  readonly lastCheckIn: IsoDate | null;
}

export interface AccountabilityResponse {
  readonly groupBy: GroupBy;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly rows: readonly AccountabilityRow[];
}

/** One tactic of the drill-down, with the same facts computed for it alone. */
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

export interface AccountabilityItemsResponse {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly items: readonly AccountabilityItem[];
}
