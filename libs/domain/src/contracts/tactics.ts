/** Contracts of the Year-1 action plan: tactics, milestones, check-ins. */
import type { IsoDate } from '../calendar/iso-date.js';
import type { TacticStatus, UpdateCadence } from '../plan/plan.js';

export interface Tactic {
  readonly id: string;
  readonly strategyId: string;
  readonly title: string;
  readonly description: string;
  readonly ownerId: string;
  readonly contributorIds: readonly string[];
  readonly schoolId: string | null;
  readonly startDate: IsoDate | null;
  readonly dueDate: IsoDate | null;
  readonly schoolYear: number;
  readonly status: TacticStatus;
  readonly percentComplete: number;
  readonly updateCadence: UpdateCadence;
  readonly weight: number;
  readonly sortOrder: number;
  readonly metricIds: readonly string[];
  readonly lastCheckInAt: string | null;
  readonly version: number;
  /** Computed for today in the district's time zone. */
  readonly overdue: boolean;
  readonly stale: boolean;
}
export interface CreateTacticRequest {
  readonly strategyId: string;
  readonly title: string;
  readonly description?: string;
  readonly ownerId: string;
  readonly contributorIds?: readonly string[];
  readonly schoolId?: string | null;
  readonly startDate?: IsoDate | null;
  readonly dueDate?: IsoDate | null;
  readonly schoolYear: number;
  readonly status?: TacticStatus;
  readonly percentComplete?: number;
  readonly updateCadence?: UpdateCadence;
  readonly weight?: number;
  readonly sortOrder?: number;
  readonly metricIds?: readonly string[];
}
export type UpdateTacticRequest = Partial<Omit<CreateTacticRequest, 'strategyId'>> & { readonly version: number };

export const TACTIC_SORTS = ['due', '-due', 'title', '-title', 'status', '-status', 'owner', '-owner'] as const;
export type TacticSort = (typeof TACTIC_SORTS)[number];

export interface TacticQuery {
  readonly ownerId?: string;
  readonly schoolId?: string;
  readonly status?: TacticStatus;
  readonly priorityId?: string;
  readonly goalId?: string;
  readonly strategyId?: string;
  readonly dueFrom?: IsoDate;
  readonly dueTo?: IsoDate;
  readonly overdue?: boolean;
  readonly stale?: boolean;
  readonly q?: string;
  readonly page?: number;
  readonly pageSize?: number;
  readonly sort?: TacticSort;
}

export interface Milestone {
  readonly id: string;
  readonly tacticId: string;
  readonly title: string;
  readonly dueDate: IsoDate | null;
  readonly completedOn: IsoDate | null;
  readonly sortOrder: number;
}
export interface CreateMilestoneRequest {
  readonly tacticId: string;
  readonly title: string;
  readonly dueDate?: IsoDate | null;
  readonly completedOn?: IsoDate | null;
  readonly sortOrder?: number;
}
export type UpdateMilestoneRequest = Partial<Omit<CreateMilestoneRequest, 'tacticId'>>;

export interface StatusUpdate {
  readonly id: string;
  readonly tacticId: string;
  readonly status: TacticStatus;
  readonly percentComplete: number;
  readonly narrative: string;
  readonly evidenceLinks: readonly string[];
  readonly authorId: string;
  readonly createdAt: string;
}
export interface CreateStatusUpdateRequest {
  readonly status: TacticStatus;
  readonly percentComplete: number;
  /** Required when the status is at risk or off track. */
  readonly narrative?: string;
  readonly evidenceLinks?: readonly string[];
  /** The tactic version the owner read. */
  readonly version: number;
}
