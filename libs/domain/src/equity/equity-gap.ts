/**
 * Equity gaps: how far a student group is behind its reference group (usually All Students), measured so that
 * a positive gap always means "behind", whichever way the metric improves.
 */

export interface EquityGapInput {
  readonly direction: 'up' | 'down';
  /** The group's and the reference group's (usually All Students) current values. */
  readonly group: number;
  readonly reference: number;
  readonly baselineGroup?: number;
  readonly baselineReference?: number;
  /** Share of the baseline gap the plan expects closed by now, 0..1 (default 0). */
  readonly expectedClosure?: number;
}

export type GapStatus = 'closing' | 'watch' | 'widening' | 'no-gap' | 'no-baseline';

export interface EquityGap {
  readonly gap: number;
  readonly baselineGap?: number;
  readonly change?: number;
  readonly status: GapStatus;
}

const EPSILON = 1e-9;

/** How far a group is behind its reference group, and whether that gap is closing as the plan expects. */
export function equityGap(input: EquityGapInput): EquityGap {
  const gap = gapOf(input.direction, input.group, input.reference);
  if (input.baselineGroup === undefined || input.baselineReference === undefined) {
    return { gap, status: 'no-baseline' };
  }
  const baselineGap = gapOf(input.direction, input.baselineGroup, input.baselineReference);
  const change = gap - baselineGap;
  // A group that was not behind at baseline has nothing to close; it only matters if it falls behind.
  if (baselineGap <= 0) return { gap, baselineGap, change, status: gap <= 0 ? 'no-gap' : 'widening' };

  // Out-of-range shares are treated as "nothing yet" or "fully closed" rather than inventing a negative target.
  const closure = Math.min(Math.max(input.expectedClosure ?? 0, 0), 1);
  const required = baselineGap * (1 - closure);
  const status: GapStatus = gap <= required + EPSILON ? 'closing' : gap < baselineGap ? 'watch' : 'widening';
  return { gap, baselineGap, change, status };
}

function gapOf(direction: 'up' | 'down', group: number, reference: number): number {
  // For a down metric (absenteeism, suspensions) the group is behind when its value is higher.
  return direction === 'up' ? reference - group : group - reference;
}
