/**
 * One person's daily reminder email, as data. A single digest instead of one email per tactic keeps owners
 * reading them; the most urgent items come first, and long-overdue work copies the supervisor.
 */
import type { TacticStatus, UpdateCadence } from '../plan/plan.js';
import { type IsoDate, daysBetween } from '../calendar/iso-date.js';
import { tacticHealth } from '../status/tactic-health.js';

export interface DigestTactic {
  readonly id: string;
  readonly title: string;
  readonly status: TacticStatus;
  readonly startDate?: IsoDate;
  readonly dueDate?: IsoDate;
  readonly updateCadence: UpdateCadence;
  readonly lastCheckIn?: IsoDate;
}

export interface DigestInput {
  readonly asOf: IsoDate;
  /** Tactics the person owns (not contributor-only). */
  readonly tactics: readonly DigestTactic[];
  /** Manual data sources they steward whose data request is open: the latest due slot has no successful run. */
  readonly dataRequests: readonly { readonly sourceId: string; readonly name: string; readonly dueSince: IsoDate }[];
  readonly failedSources: readonly { readonly sourceId: string; readonly name: string; readonly error: string }[];
  readonly staleMetrics: readonly { readonly metricId: string; readonly name: string }[];
  readonly offsets?: { readonly remindDaysBefore?: number; readonly escalateAfterDays?: number };
}

export type DigestItemKind =
  | 'check-in-soon'
  | 'check-in-today'
  | 'check-in-overdue'
  | 'tactic-overdue'
  | 'data-request'
  | 'source-failed'
  | 'metric-stale';

export interface DigestItem {
  readonly kind: DigestItemKind;
  readonly id: string;
  readonly title: string;
  readonly days?: number;
  readonly detail?: string;
}

export interface Digest {
  readonly items: readonly DigestItem[];
  /** Some tactic is past its due date by escalateAfterDays or more: the supervisor is copied. */
  readonly escalate: boolean;
}

const DEFAULT_REMIND_DAYS_BEFORE = 3;
const DEFAULT_ESCALATE_AFTER_DAYS = 14;
// Most urgent first: late deliverables, then missed check-ins, then what is coming, then data chores.
const URGENCY: readonly DigestItemKind[] = [
  'tactic-overdue',
  'check-in-overdue',
  'check-in-today',
  'check-in-soon',
  'data-request',
  'source-failed',
  'metric-stale',
];

/** The items of one person's daily digest (empty = no email today). */
export function buildDigest(input: DigestInput): Digest {
  const remindDaysBefore = input.offsets?.remindDaysBefore ?? DEFAULT_REMIND_DAYS_BEFORE;
  const escalateAfterDays = input.offsets?.escalateAfterDays ?? DEFAULT_ESCALATE_AFTER_DAYS;
  const items: DigestItem[] = [
    ...input.tactics.flatMap((tactic) => tacticItems(tactic, input.asOf, remindDaysBefore)),
    // A request whose slot is still ahead is not late yet; never print "due -2 days ago".
    ...input.dataRequests.map((request) => ({
      kind: 'data-request' as const,
      id: request.sourceId,
      title: request.name,
      days: Math.max(0, daysBetween(request.dueSince, input.asOf)),
    })),
    ...input.failedSources.map((source) => ({
      kind: 'source-failed' as const,
      id: source.sourceId,
      title: source.name,
      detail: source.error,
    })),
    ...input.staleMetrics.map((metric) => ({ kind: 'metric-stale' as const, id: metric.metricId, title: metric.name })),
  ];
  items.sort(byUrgency);
  const escalate = items.some((item) => item.kind === 'tactic-overdue' && (item.days ?? 0) >= escalateAfterDays);
  return { items, escalate };
}

function tacticItems(tactic: DigestTactic, asOf: IsoDate, remindDaysBefore: number): DigestItem[] {
  // Finished or dropped work owes nothing (tacticHealth agrees, but skipping here keeps the intent plain).
  if (tactic.status === 'complete' || tactic.status === 'cancelled') return [];
  const health = tacticHealth({ ...tactic, asOf });
  const base = { id: tactic.id, title: tactic.title };
  const items: DigestItem[] = health.overdue ? [{ kind: 'tactic-overdue', ...base, days: health.daysOverdue }] : [];
  if (health.nextCheckInDue === undefined) return items;
  const daysUntil = daysBetween(asOf, health.nextCheckInDue);
  // Stale implies the next check-in date has passed, so "late" covers both.
  if (health.stale || daysUntil < 0) items.push({ kind: 'check-in-overdue', ...base, days: Math.max(1, -daysUntil) });
  else if (daysUntil === 0) items.push({ kind: 'check-in-today', ...base, days: 0 });
  else if (daysUntil <= remindDaysBefore) items.push({ kind: 'check-in-soon', ...base, days: daysUntil });
  return items;
}

function byUrgency(a: DigestItem, b: DigestItem): number {
  return (
    URGENCY.indexOf(a.kind) - URGENCY.indexOf(b.kind) ||
    (b.days ?? 0) - (a.days ?? 0) ||
    compare(a.title, b.title) ||
    compare(a.id, b.id)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
