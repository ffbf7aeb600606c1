/** Contracts of the plan tree: plans, priorities, goals, guardrails, strategies, initiatives. */
import type { IsoDate } from '../calendar/iso-date.js';
import type { HealthStatus, InitiativeDecision, MetricStatus, PlanState, TacticStatus } from '../plan/plan.js';

export interface Plan {
  readonly id: string;
  readonly name: string;
  /** Start years of the first and last school years of the horizon (2024 = 2024-25). */
  readonly firstSchoolYear: number;
  readonly lastSchoolYear: number;
  readonly mission: string;
  readonly vision: string;
  readonly values: readonly string[];
  /** The same in Spanish ('' and [] = not translated: Spanish readers see the English). */
  readonly missionEs: string;
  readonly visionEs: string;
  readonly valuesEs: readonly string[];
  readonly learnerProfile: readonly string[];
  readonly state: PlanState;
  readonly adoptedOn: IsoDate | null;
  readonly active: boolean;
}
export interface CreatePlanRequest {
  readonly name: string;
  readonly firstSchoolYear: number;
  readonly lastSchoolYear: number;
  readonly mission?: string;
  readonly vision?: string;
  readonly values?: readonly string[];
  readonly missionEs?: string;
  readonly visionEs?: string;
  readonly valuesEs?: readonly string[];
  readonly learnerProfile?: readonly string[];
  readonly state?: PlanState;
  readonly adoptedOn?: IsoDate | null;
  readonly active?: boolean;
}
export type UpdatePlanRequest = Partial<CreatePlanRequest>;

/** Priority, goal and strategy share one shape: a titled, owned, ordered node under a parent. */
export interface PlanNode {
  readonly id: string;
  readonly parentId: string;
  readonly title: string;
  readonly description: string;
  readonly ownerId: string;
  readonly sortOrder: number;
}
export interface CreatePlanNodeRequest {
  readonly parentId: string;
  readonly title: string;
  readonly description?: string;
  readonly ownerId: string;
  readonly sortOrder?: number;
  /** Priorities and goals: the title in Spanish ('' = not translated). */
  readonly titleEs?: string;
}
export type UpdatePlanNodeRequest = Partial<Omit<CreatePlanNodeRequest, 'parentId'>>;

export interface Guardrail {
  readonly id: string;
  readonly planId: string;
  readonly statement: string;
  readonly ownerId: string;
  readonly sortOrder: number;
}
export interface CreateGuardrailRequest {
  readonly planId: string;
  readonly statement: string;
  readonly ownerId: string;
  readonly sortOrder?: number;
}
export type UpdateGuardrailRequest = Partial<Omit<CreateGuardrailRequest, 'planId'>>;

export interface Initiative {
  readonly id: string;
  readonly planId: string;
  readonly name: string;
  readonly description: string;
  readonly current: boolean;
  readonly decision: InitiativeDecision | null;
  readonly rationale: string;
  readonly ownerId: string | null;
  readonly goalIds: readonly string[];
}
export interface CreateInitiativeRequest {
  readonly planId: string;
  readonly name: string;
  readonly description?: string;
  readonly current?: boolean;
  readonly decision?: InitiativeDecision | null;
  readonly rationale?: string;
  readonly ownerId?: string | null;
  readonly goalIds?: readonly string[];
}
export type UpdateInitiativeRequest = Partial<Omit<CreateInitiativeRequest, 'planId'>>;

/** Counts of tactics by reported status, plus the computed flags. */
export interface TacticCounts {
  readonly total: number;
  readonly byStatus: Readonly<Record<TacticStatus, number>>;
  readonly overdue: number;
  readonly stale: number;
}

export interface StatusSummary {
  readonly status: HealthStatus;
  readonly score: number | null;
  readonly counts: Readonly<Record<HealthStatus, number>>;
}

export interface TreeMetric {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly decimals: number;
  readonly direction: string;
  readonly headline: boolean;
  readonly status: MetricStatus;
  readonly baseline: number | null;
  readonly latest: { readonly value: number; readonly periodEnd: IsoDate } | null;
  readonly expected: number | null;
  readonly progress: number | null;
  /** Target of the school year `asOf` falls in, and the plan's final target. */
  readonly currentTarget: number | null;
  readonly finalTarget: number | null;
}

export interface TreeTactic {
  readonly id: string;
  readonly title: string;
  readonly ownerId: string;
  readonly status: TacticStatus;
  readonly percentComplete: number;
  readonly dueDate: IsoDate | null;
  readonly overdue: boolean;
  readonly stale: boolean;
}

export interface TreeStrategy extends PlanNode {
  readonly implementation: StatusSummary;
  readonly tactics: readonly TreeTactic[];
}

export interface TreeGoal extends PlanNode {
  /** Results: rolled up from the goal's metrics. */
  readonly status: StatusSummary;
  /** Implementation: rolled up from the tactics of its strategies. */
  readonly implementation: StatusSummary;
  readonly tacticCounts: TacticCounts;
  readonly metrics: readonly TreeMetric[];
  readonly strategies: readonly TreeStrategy[];
}

export interface TreePriority extends PlanNode {
  readonly status: StatusSummary;
  readonly implementation: StatusSummary;
  readonly tacticCounts: TacticCounts;
  readonly goals: readonly TreeGoal[];
}

export interface TreeGuardrail extends Guardrail {
  readonly status: StatusSummary;
  readonly metrics: readonly TreeMetric[];
}

/** The whole plan with statuses computed for `asOf`. */
export interface PlanTree {
  readonly plan: Plan;
  readonly asOf: IsoDate;
  readonly schoolYear: string;
  readonly status: StatusSummary;
  readonly implementation: StatusSummary;
  readonly tacticCounts: TacticCounts;
  readonly priorities: readonly TreePriority[];
  readonly guardrails: readonly TreeGuardrail[];
}
