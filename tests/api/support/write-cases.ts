import type { PlanFixture } from './plan-fixture.js';

/** An id no record has. */
export const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** One bad request of a write route (write-validation.spec.ts): it must answer 4xx, say why, and change nothing. */
export interface Case {
  readonly why: string;
  /** A body, or a function of the fixture that gives it. */
  readonly body?: unknown;
  /** The path with `{id}` filled, when the case needs another id than the route's own record. */
  readonly id?: (f: PlanFixture) => string;
  readonly status: number;
  /** Field names the answer must name (400/404 with field messages). */
  readonly fields?: readonly string[];
}

export interface CaseEntry {
  readonly id?: (f: PlanFixture) => string;
  readonly cases: readonly Case[];
}

export type Ids = PlanFixture & Record<string, string>;

/** One successful request of a write route (audit.spec.ts): it must leave an audit row with its actor and diff. */
export interface Step {
  readonly route: string;
  readonly path: (ids: Ids) => string;
  readonly body?: (ids: Ids) => unknown;
  /** The audited record and one field the diff must show. */
  readonly entity: string;
  readonly field: string;
  /** Keeps the id of what the step created, for later steps. */
  readonly keep?: string;
}

/**
 * What one feature adds to the write-route tables. Each feature has its own file in tests/api/write-cases/ so
 * features can be built side by side; write-cases/index.ts merges them.
 */
export interface FeatureWrites {
  readonly cases: Record<string, CaseEntry>;
  /** Audit steps, run in order after the core steps (they may use the fixture's ids and keep their own). */
  readonly steps: readonly Step[];
  /** Write routes that write nothing worth auditing (say why beside each). */
  readonly notAudited?: readonly string[];
  /** Write routes that take no input, so there is no bad input to send. */
  readonly noInput?: readonly string[];
}
