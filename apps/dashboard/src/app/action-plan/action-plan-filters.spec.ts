import { DEFAULT_FILTERS, applyChange, exportUrl, hasFilters, parseFilters, tacticParams, toQueryParams } from './action-plan-filters';

const PLAN = '11111111-1111-4111-8111-111111111111';
const GOAL = '22222222-2222-4222-8222-222222222222';

describe('parseFilters', () => {
  it('reads every filter of a shared link', () => {
    expect(
      parseFilters({ goal: GOAL, status: 'at-risk', dueFrom: '2026-01-01', dueTo: '2026-03-31', overdue: 'true', stale: 'false', q: ' tutoring ', sort: '-due', page: '3', size: '50', view: 'timeline' }),
    ).toEqual({ ...DEFAULT_FILTERS, goal: GOAL, status: 'at-risk', dueFrom: '2026-01-01', dueTo: '2026-03-31', overdue: true, q: 'tutoring', sort: '-due', page: 3, size: 50, view: 'timeline' });
  });

  it('drops what the API would refuse: bad ids, dates, statuses, sorts, sizes and views', () => {
    expect(parseFilters({ goal: 'nope', owner: '42', dueFrom: '2026-02-30', status: 'late', sort: 'priority', page: '0', size: '7', view: 'gantt' })).toEqual(DEFAULT_FILTERS);
  });

  it('drops the end of a due window that ends before it starts', () => {
    expect(parseFilters({ dueFrom: '2026-03-01', dueTo: '2026-01-31' })).toEqual({ ...DEFAULT_FILTERS, dueFrom: '2026-03-01' });
  });
});

describe('toQueryParams', () => {
  it('leaves defaults out so the plain page has a plain URL, and round-trips', () => {
    const filters = { ...DEFAULT_FILTERS, overdue: true, page: 2, view: 'timeline' as const };
    const params = toQueryParams(filters);
    expect(params).toEqual(expect.objectContaining({ overdue: 'true', page: '2', view: 'timeline', sort: null, q: null, goal: null }));
    const present = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== null)) as Record<string, string>;
    expect(parseFilters(present)).toEqual(filters);
  });
});

describe('applyChange', () => {
  const on3 = { ...DEFAULT_FILTERS, page: 3 };
  it('goes back to page 1 when a filter or the sort changes', () => {
    expect(applyChange(on3, { status: 'complete' }).page).toBe(1);
    expect(applyChange(on3, { sort: 'title' }).page).toBe(1);
  });
  it('keeps the page when only the view changes, and takes a page asked for', () => {
    expect(applyChange(on3, { view: 'timeline' }).page).toBe(3);
    expect(applyChange(on3, { page: 4 }).page).toBe(4);
  });
});

describe('hasFilters', () => {
  it('is false for sorting, paging and the view alone', () => {
    expect(hasFilters({ ...DEFAULT_FILTERS, sort: 'title', page: 2, view: 'timeline' })).toBe(false);
    expect(hasFilters({ ...DEFAULT_FILTERS, stale: true })).toBe(true);
  });
});

describe('API parameters', () => {
  const filters = { ...DEFAULT_FILTERS, goal: GOAL, overdue: true, q: 'math & reading', page: 2, size: 10 };
  it('name the filters as GET /api/tactics does, with the page', () => {
    expect(tacticParams(filters, PLAN)).toEqual({ planId: PLAN, sort: 'due', goalId: GOAL, q: 'math & reading', overdue: 'true', page: 2, pageSize: 10 });
  });
  it('export the whole filter (no page) in the reader’s language, encoded', () => {
    expect(exportUrl(filters, PLAN, 'xlsx', 'es')).toBe(
      `/api/action-plan/export?format=xlsx&planId=${PLAN}&sort=due&goalId=${GOAL}&q=math+%26+reading&overdue=true&lang=es`,
    );
  });
});
