/**
 * Reading one cell of a state or vendor file: numbers as stewards write them ("48.5%", "1,234") and the markers
 * states print for withheld small-n values, which must be stored as suppressed and never as 0.
 */

export type Cell = string | number | null | undefined;

export const DEFAULT_SUPPRESSION_MARKERS: readonly string[] = ['*', '<10', 'n<10', '--', ''];

export type CellNumber =
  | { readonly kind: 'number'; readonly value: number; readonly percentSign: boolean }
  | { readonly kind: 'suppressed' }
  | { readonly kind: 'invalid'; readonly reason: string };

const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[-+]?\.\d+$/;

/** The cell as trimmed text; numeric cells are stringified (a school code read as a number keeps its digits). */
export function cellText(cell: Cell): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

const DEFAULT_SET: ReadonlySet<string> = new Set(DEFAULT_SUPPRESSION_MARKERS.map((m) => m.trim().toLowerCase()));
const SETS = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The marker set, normalised for comparison (trimmed, lower case); built once per marker list, not per row. */
export function markerSet(markers: readonly string[] | undefined): ReadonlySet<string> {
  if (!markers) return DEFAULT_SET;
  let set = SETS.get(markers);
  if (!set) {
    set = new Set(markers.map((marker) => marker.trim().toLowerCase()));
    SETS.set(markers, set);
  }
  return set;
}

/** A numeric cell, a suppression marker, or why the cell is neither. */
export function readNumber(cell: Cell, column: string, markers: ReadonlySet<string>): CellNumber {
  if (typeof cell === 'number') {
    return Number.isFinite(cell)
      ? { kind: 'number', value: cell, percentSign: false }
      : { kind: 'invalid', reason: `column ${column}: '${cell}' is not a number` };
  }
  const text = cellText(cell);
  if (markers.has(text.toLowerCase())) return { kind: 'suppressed' };
  if (text === '') return { kind: 'invalid', reason: `column ${column} is empty` };
  const percentSign = text.endsWith('%');
  const digits = percentSign ? text.slice(0, -1).trim() : text;
  if (!NUMBER.test(digits)) return { kind: 'invalid', reason: `column ${column}: '${text}' is not a number` };
  return { kind: 'number', value: Number(digits.replace(/,/g, '')), percentSign };
}

/** Removes float noise from scaling (0.07 × 100 = 7.000000000000001) without rounding real precision away. */
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}
