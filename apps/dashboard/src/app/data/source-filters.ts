import { RUN_STATES, type RunState, SOURCE_KINDS, type Source, type SourceKind } from './data-api';

/** The list's filters, as they live in the query string (`/data?kind=file&state=failed&steward=me`). */
export interface SourceFilters {
  readonly q: string;
  readonly kind: SourceKind | '';
  /** Last run's state; `never` = sources not run yet. */
  readonly state: RunState | 'never' | '';
  /** A person id, or `me`. */
  readonly steward: string;
  readonly active: 'true' | 'false' | '';
}

export const NO_FILTERS: SourceFilters = { q: '', kind: '', state: '', steward: '', active: '' };

const pick = <T extends string>(value: string | undefined, allowed: readonly T[]): T | '' =>
  allowed.includes(value as T) ? (value as T) : '';

/** Reads the filters from query parameters, dropping values the page does not know (old or hand-typed links). */
export function parseFilters(params: Readonly<Record<string, string | undefined>>): SourceFilters {
  return {
    q: (params['q'] ?? '').trim().slice(0, 100),
    kind: pick(params['kind'], SOURCE_KINDS),
    state: pick(params['state'], [...RUN_STATES, 'never'] as const),
    steward: /^(me|[0-9a-f-]{36})$/i.test(params['steward'] ?? '') ? (params['steward'] as string) : '',
    active: pick(params['active'], ['true', 'false'] as const),
  };
}

/** The query parameters for filters: empty ones left out, so a clean list has a clean URL. */
export function filterParams(filters: SourceFilters): Record<string, string | null> {
  const entries = Object.entries(filters) as [keyof SourceFilters, string][];
  return Object.fromEntries(entries.map(([key, value]) => [key, value === '' ? null : value]));
}

export function hasFilters(filters: SourceFilters): boolean {
  return Object.values(filters).some((value) => value !== '');
}

/** The sources matching every filter; `me` is the signed-in person. */
export function filterSources(sources: readonly Source[], filters: SourceFilters, me: string | undefined): Source[] {
  const words = filters.q.toLowerCase().split(/\s+/).filter(Boolean);
  const steward = filters.steward === 'me' ? me : filters.steward;
  return sources.filter(
    (source) =>
      words.every((word) => source.name.toLowerCase().includes(word)) &&
      (!filters.kind || source.kind === filters.kind) &&
      (!filters.state || (source.lastRun?.state ?? 'never') === filters.state) &&
      (!steward || source.stewardId === steward) &&
      (!filters.active || String(source.active) === filters.active),
  );
}
