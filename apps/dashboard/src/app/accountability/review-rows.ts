import type { IconName } from '../shared/icon';
import type { AccountabilityRow } from './accountability-api';

export const SORT_KEYS = ['name', 'tactics', 'onTime', 'overdue', 'stale', 'days', 'last'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

/** The sort of the URL (`?sort=overdue&dir=desc`); unknown values fall back to the worst on-time rate first. */
export function parseSort(sort: string | undefined, dir: string | undefined): { key: SortKey; dir: SortDir } {
  const key = (SORT_KEYS as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : 'onTime';
  return { key, dir: dir === 'desc' ? 'desc' : dir === 'asc' ? 'asc' : key === 'name' || key === 'onTime' ? 'asc' : 'desc' };
}

/** The direction a header click asks for: the other one on the current column, else that column's natural one. */
export function nextDir(current: { key: SortKey; dir: SortDir }, key: SortKey): SortDir {
  if (current.key === key) return current.dir === 'asc' ? 'desc' : 'asc';
  return key === 'name' || key === 'onTime' ? 'asc' : 'desc';
}

const VALUE: Readonly<Record<SortKey, (row: AccountabilityRow) => number | string | null>> = {
  name: (row) => row.name,
  tactics: (row) => row.tactics,
  onTime: (row) => row.onTimeRate,
  overdue: (row) => row.overdue,
  stale: (row) => row.stale,
  days: (row) => row.medianDaysSinceCheckIn,
  last: (row) => row.lastCheckIn,
};

/** Rows sorted by one column; rows with nothing to show there (no rate yet, no check-in) always come last. */
export function sortRows(rows: readonly AccountabilityRow[], key: SortKey, dir: SortDir, locale = 'en'): AccountabilityRow[] {
  const value = VALUE[key];
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? byName(a, b, locale) : x === null ? 1 : -1;
    const order = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y, locale) : Number(x) - Number(y);
    return order * sign || byName(a, b, locale);
  });
}

function byName(a: AccountabilityRow, b: AccountabilityRow, locale: string): number {
  return a.name.localeCompare(b.name, locale) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** An on-time rate in words as well as a number, with an icon: the review never relies on colour. */
export function onTimeLook(rate: number | null): { readonly words: string; readonly icon: IconName; readonly tone: 'good' | 'watch' | 'bad' | 'none' } {
  if (rate === null) return { words: 'Nothing due yet', icon: 'help', tone: 'none' };
  if (rate >= 0.9) return { words: 'On time', icon: 'ok', tone: 'good' };
  if (rate >= 0.75) return { words: 'Mostly on time', icon: 'ok', tone: 'good' };
  if (rate >= 0.5) return { words: 'Often late', icon: 'warning', tone: 'watch' };
  return { words: 'Rarely on time', icon: 'error', tone: 'bad' };
}
