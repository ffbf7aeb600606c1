/**
 * Small-n suppression, as FERPA practice and state reporting rules require before any student-group figure is
 * published: hide cells with too few students, then hide enough neighbours that the hidden value cannot be
 * recovered by subtracting the published groups from the published total.
 */

export interface SuppressionCell {
  readonly key: string;
  readonly group: string;
  /** Students behind the value; null when the value is not a student count (e.g. a budget figure). */
  readonly n: number | null;
}

export type SuppressionReason = 'primary' | 'complementary';

export interface SuppressionResult {
  /** Reason by cell key; cells absent from the map are publishable. */
  readonly suppressed: ReadonlyMap<string, SuppressionReason>;
}

/** Small-n suppression for one table (one metric, period and school): primary n < minN, then complementary. */
export function suppress(
  cells: readonly SuppressionCell[],
  minN: number,
  partitions: readonly (readonly string[])[],
): SuppressionResult {
  const suppressed = new Map<string, SuppressionReason>();
  // n = 0 is suppressed too: "no student in this group failed" is itself a disclosure.
  for (const cell of cells) if (cell.n !== null && cell.n < minN) suppressed.set(cell.key, 'primary');

  const members = partitions.map((partition) => {
    const groups = new Set(partition);
    return cells.filter((cell) => groups.has(cell.group));
  });
  // A group can sit in several partitions (race and Hispanic/non-Hispanic), so one complementary suppression can
  // expose another partition; repeat until stable. Each pass suppresses at least one more cell, so this ends.
  let changed = true;
  while (changed) {
    changed = false;
    for (const partition of members) {
      if (partition.filter((cell) => suppressed.has(cell.key)).length !== 1) continue;
      const victim = smallest(partition.filter((cell) => !suppressed.has(cell.key)));
      if (victim) {
        suppressed.set(victim.key, 'complementary');
        changed = true;
      }
    }
  }
  return { suppressed };
}

type CountedCell = SuppressionCell & { readonly n: number };

/** The cell whose hiding costs least: smallest n, then lowest key so the result does not depend on input order. */
function smallest(cells: readonly SuppressionCell[]): SuppressionCell | undefined {
  // A value that is not a student count is never suppressed, so it cannot protect anything either.
  const counted = cells.filter((cell): cell is CountedCell => cell.n !== null);
  return counted.reduce<CountedCell | undefined>(
    (best, cell) => (!best || cell.n < best.n || (cell.n === best.n && cell.key < best.key) ? cell : best),
    undefined,
  );
}
