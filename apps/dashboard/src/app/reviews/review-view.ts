import type { AgendaEntity, AgendaReason, IsoDate, StatusHistory } from '@throughline/domain';
import type { ChartSeries } from '../shared/line-chart';

/** Why an item is on the agenda, in English (translated by the `t` pipe; Spanish in reviews.es.ts). */
export const REASON_LABEL: Readonly<Record<AgendaReason, string>> = {
  'status-changed': 'Status changed',
  'off-track': 'Off track',
  'at-risk': 'At risk',
  overdue: 'Overdue',
  stale: 'Stale',
  'new-data': 'New data',
};

export const ENTITY_LABEL: Readonly<Record<AgendaEntity, string>> = {
  priority: 'Priority',
  goal: 'Goal',
  strategy: 'Strategy',
  tactic: 'Tactic',
  metric: 'Metric',
};

/** What a key does in presenter mode (PageDown/PageUp too: presentation clickers send them). */
export type PresenterAction = 'next' | 'previous' | 'leave';

export function presenterAction(key: string): PresenterAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Escape':
      return 'leave';
    default:
      return null;
  }
}

/** The item number asked for in the URL, kept within 1…count (1 when missing or not a number). */
export function clampItem(asked: string | number | undefined, count: number): number {
  const n = Math.trunc(Number(asked));
  if (!Number.isFinite(n) || n < 1 || count < 1) return 1;
  return Math.min(n, count);
}

/** Health statuses as levels on the status-over-time chart (no data is a gap, not a level). */
export const STATUS_LEVEL: Readonly<Record<string, number>> = { 'off-track': 1, watch: 2, 'on-track': 3 };
export const LEVEL_LABEL: Readonly<Record<number, string>> = { 1: 'Off track', 2: 'Watch', 3: 'On track' };

export interface StatusRow {
  readonly asOf: IsoDate;
  readonly kind: 'review' | 'monthly';
  readonly status: string;
  /** Share of the children on track (0–100), when the status has one. */
  readonly score: number | null;
}

/** The chart of a goal's or priority's status over time: one line of levels (1 off track … 3 on track). */
export function toStatusHistorySeries(history: StatusHistory, name: string): ChartSeries[] {
  const points = history.points
    .filter((p) => STATUS_LEVEL[p.status] !== undefined)
    .map((p) => ({ name: new Date(`${p.asOf}T00:00:00Z`), value: STATUS_LEVEL[p.status] as number }));
  return points.length ? [{ name, series: points }] : [];
}

/** The table under the chart: every snapshot, newest first. */
export function toStatusRows(history: StatusHistory): StatusRow[] {
  return [...history.points].reverse().map((p) => ({
    asOf: p.asOf,
    kind: p.kind,
    status: p.status,
    score: p.score === null ? null : Math.round(p.score * 100),
  }));
}
