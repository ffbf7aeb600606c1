/**
 * What the collection sweep enqueues. Postgres holds each source's schedule and last slot; the sweep re-derives
 * the due slots from them every time, so a lost queue or a night of downtime is caught up on the next sweep.
 */
import { type LocalDateTime, type SourceSchedule, occurrencesBetween, scheduleProblems } from './schedule.js';
import { isLocalDateTime, minuteBefore, mustParseLocalDateTime } from './local-date-time.js';

export interface ScheduledSource {
  readonly sourceId: string;
  readonly schedule: SourceSchedule;
  /** When the source was created or its schedule last changed: occurrences before this never count. */
  readonly since: LocalDateTime;
  /** The latest slot already enqueued or run (undefined when never). */
  readonly lastSlot?: LocalDateTime;
  readonly active: boolean;
}

export interface DueCollection {
  readonly sourceId: string;
  readonly slot: LocalDateTime;
}

const DEFAULT_MAX_CATCH_UP = 12;

/** What the sweep must enqueue now: every missed slot since the last one (at most maxCatchUp per source, the latest), oldest first across all sources. */
export function dueCollections(
  sources: readonly ScheduledSource[],
  now: LocalDateTime,
  maxCatchUp = DEFAULT_MAX_CATCH_UP,
): DueCollection[] {
  mustParseLocalDateTime(now);
  if (!Number.isInteger(maxCatchUp) || maxCatchUp < 1) {
    throw new RangeError(`maxCatchUp must be a whole number of at least 1, got ${maxCatchUp}`);
  }
  const due = sources.flatMap((source) =>
    dueSlots(source, now, maxCatchUp).map((slot) => ({ sourceId: source.sourceId, slot })),
  );
  // Local date-times of one format sort as strings; oldest first so a catch-up replays history in order.
  return due.sort((a, b) => compare(a.slot, b.slot) || compare(a.sourceId, b.sourceId));
}

function dueSlots(source: ScheduledSource, now: LocalDateTime, maxCatchUp: number): LocalDateTime[] {
  if (!source.active) return [];
  // The API validates on save; one bad row must not stop the sweep for every other source, so it is never due.
  if (scheduleProblems(source.schedule).length > 0 || !isLocalDateTime(source.since)) return [];
  if (source.lastSlot !== undefined && !isLocalDateTime(source.lastSlot)) return [];
  // `since` is inclusive (a source set up at 06:00 for 06:00 owes that run); `lastSlot` is done, so exclusive.
  const after =
    source.lastSlot !== undefined && source.lastSlot >= source.since ? source.lastSlot : minuteBefore(source.since);
  return occurrencesBetween(source.schedule, after, now, maxCatchUp);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
