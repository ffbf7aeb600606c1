import { type IsoDate, TACTIC_SORTS, TACTIC_STATUSES, type TacticSort, type TacticStatus, isIsoDate } from '@throughline/domain';

export type ActionPlanView = 'table' | 'timeline';
export type ExportFormat = 'csv' | 'xlsx';
export const PAGE_SIZES = [10, 25, 50, 100] as const;

/** The page's state as it lives in the query string, so any view of the action plan is a link to share. */
export interface ActionPlanFilters {
  readonly priority: string;
  readonly goal: string;
  /** Owner or contributor (person id). */
  readonly owner: string;
  readonly school: string;
  readonly status: TacticStatus | '';
  readonly dueFrom: IsoDate | '';
  readonly dueTo: IsoDate | '';
  readonly overdue: boolean;
  readonly stale: boolean;
  readonly q: string;
  readonly sort: TacticSort;
  readonly page: number;
  readonly size: number;
  readonly view: ActionPlanView;
}

export const DEFAULT_FILTERS: ActionPlanFilters = {
  priority: '', goal: '', owner: '', school: '', status: '', dueFrom: '', dueTo: '', overdue: false, stale: false, q: '',
  sort: 'due', page: 1, size: 25, view: 'table',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const id = (value: string | undefined) => (value && UUID.test(value) ? value : '');
const date = (value: string | undefined) => (value && isIsoDate(value) ? value : '');
const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined =>
  allowed.includes(value as T) ? (value as T) : undefined;
const whole = (value: string | undefined, min: number, max: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};

/**
 * Reads the query string, dropping what the API would refuse (an old or hand-edited link shows the plan with the
 * good filters rather than an error).
 */
export function parseFilters(params: Readonly<Record<string, string | undefined>>): ActionPlanFilters {
  const dueFrom = date(params['dueFrom']);
  const dueTo = date(params['dueTo']);
  return {
    priority: id(params['priority']),
    goal: id(params['goal']),
    owner: id(params['owner']),
    school: id(params['school']),
    status: oneOf(params['status'], TACTIC_STATUSES) ?? '',
    dueFrom,
    // A window that ends before it starts matches nothing: keep the start, drop the end.
    dueTo: dueFrom && dueTo && dueTo < dueFrom ? '' : dueTo,
    overdue: params['overdue'] === 'true',
    stale: params['stale'] === 'true',
    q: (params['q'] ?? '').trim().slice(0, 100),
    sort: oneOf(params['sort'], TACTIC_SORTS) ?? DEFAULT_FILTERS.sort,
    page: whole(params['page'], 1, 100_000) ?? 1,
    size: (PAGE_SIZES as readonly number[]).includes(Number(params['size'])) ? Number(params['size']) : DEFAULT_FILTERS.size,
    view: oneOf(params['view'], ['table', 'timeline'] as const) ?? DEFAULT_FILTERS.view,
  };
}

/** Query parameters for the filters; defaults are left out so the plain page has a plain URL. */
export function toQueryParams(filters: ActionPlanFilters): Record<string, string | null> {
  const entries = Object.entries(filters) as [keyof ActionPlanFilters, ActionPlanFilters[keyof ActionPlanFilters]][];
  return Object.fromEntries(entries.map(([key, value]) => [key, value === DEFAULT_FILTERS[key] ? null : String(value)]));
}

/** A change of filters starts again at page 1; paging, sorting and switching views keep the rest. */
export function applyChange(filters: ActionPlanFilters, change: Partial<ActionPlanFilters>): ActionPlanFilters {
  const keepsPage = Object.keys(change).every((key) => key === 'page' || key === 'view');
  return { ...filters, ...change, page: change.page ?? (keepsPage ? filters.page : 1) };
}

/** Whether any filter narrows the list (sorting, paging and the view do not). */
export function hasFilters(filters: ActionPlanFilters): boolean {
  return (['priority', 'goal', 'owner', 'school', 'status', 'dueFrom', 'dueTo', 'overdue', 'stale', 'q'] as const).some(
    (key) => filters[key] !== DEFAULT_FILTERS[key],
  );
}

/** The filters as GET /api/tactics (and the export) name them. */
function filterParams(filters: ActionPlanFilters, planId: string): Record<string, string> {
  const params: Record<string, string> = { planId, sort: filters.sort };
  const set = (key: string, value: string) => {
    if (value) params[key] = value;
  };
  set('priorityId', filters.priority);
  set('goalId', filters.goal);
  set('ownerId', filters.owner);
  set('schoolId', filters.school);
  set('status', filters.status);
  set('dueFrom', filters.dueFrom);
  set('dueTo', filters.dueTo);
  set('q', filters.q);
  if (filters.overdue) params['overdue'] = 'true';
  if (filters.stale) params['stale'] = 'true';
  return params;
}

/** Parameters of the page of tactics on screen. */
export function tacticParams(filters: ActionPlanFilters, planId: string): Record<string, string | number> {
  return { ...filterParams(filters, planId), page: filters.page, pageSize: filters.size };
}

/** The download link of the whole filter (every page) as CSV or XLSX, headers in the reader's language. */
export function exportUrl(filters: ActionPlanFilters, planId: string, format: ExportFormat, lang: string): string {
  const query = new URLSearchParams({ format, ...filterParams(filters, planId), lang });
  return `/api/action-plan/export?${query.toString()}`;
}
