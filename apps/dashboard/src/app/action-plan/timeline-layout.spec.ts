import { type Milestone, type Tactic, schoolYear } from '@throughline/domain';
import { markerState, timelineLayout } from './timeline-layout';

const YEAR = schoolYear(2025); // 2025-07-01 … 2026-06-30, 365 days
const tactic = (id: string, startDate: string | null, dueDate: string | null): Tactic => ({
  id, strategyId: 's', title: id, description: '', ownerId: 'o', contributorIds: [], schoolId: null, startDate, dueDate, schoolYear: 2025,
  status: 'on-track', percentComplete: 0, updateCadence: 'monthly', weight: 1, sortOrder: 0, metricIds: [], lastCheckInAt: null, version: 1,
  overdue: false, stale: false,
});
const milestone = (id: string, tacticId: string, dueDate: string | null, completedOn: string | null = null): Milestone => ({
  id, tacticId, title: id, dueDate, completedOn, sortOrder: 0,
});

describe('markerState', () => {
  it('is completed when done, missed when past due and open, else upcoming', () => {
    expect(markerState(milestone('a', 't', '2025-09-01', '2025-09-03'), '2025-10-01')).toBe('completed');
    expect(markerState(milestone('a', 't', '2025-09-01'), '2025-10-01')).toBe('missed');
    expect(markerState(milestone('a', 't', '2025-10-01'), '2025-10-01')).toBe('upcoming');
    expect(markerState(milestone('a', 't', null), '2025-10-01')).toBe('upcoming');
  });
});

describe('timelineLayout', () => {
  it('lays the twelve months July–June and places today', () => {
    const layout = timelineLayout(YEAR, [], [], '2025-07-01');
    expect(layout.months.map((m) => m.month)).toEqual([7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6]);
    expect(layout.today).toBe(0);
    expect(timelineLayout(YEAR, [], [], '2026-07-01').today).toBeNull();
  });

  it('draws a bar from the start to the end of the due date', () => {
    const [row] = timelineLayout(YEAR, [tactic('t', '2025-07-01', '2026-06-30')], [], '2025-10-01').rows;
    expect(row?.bar).toEqual({ left: 0, width: 100, startsBefore: false, endsAfter: false });
    const [half] = timelineLayout(YEAR, [tactic('t', '2026-01-01', null)], [], '2025-10-01').rows;
    expect(half?.bar?.left).toBeCloseTo((184 / 365) * 100);
    expect((half?.bar?.left ?? 0) + (half?.bar?.width ?? 0)).toBeCloseTo(100); // no due date: to the end of the year
  });

  it('clips work that runs past the year and flags it; no bar without dates or outside the year', () => {
    const layout = timelineLayout(YEAR, [tactic('a', '2025-03-01', '2026-09-30'), tactic('b', null, null), tactic('c', '2024-08-01', '2025-05-01')], [], '2025-10-01');
    expect(layout.rows[0]?.bar).toEqual({ left: 0, width: 100, startsBefore: true, endsAfter: true });
    expect(layout.rows[1]?.bar).toBeNull();
    expect(layout.rows[2]?.bar).toBeNull();
  });

  it("places each tactic's milestones on its row; those outside the year or undated are kept, unplaced", () => {
    const milestones = [milestone('m1', 't', '2025-09-15', '2025-09-10'), milestone('m2', 't', '2026-09-01'), milestone('m3', 't', null), milestone('x', 'other', '2025-09-01')];
    const [row] = timelineLayout(YEAR, [tactic('t', '2025-08-01', '2026-05-29')], milestones, '2025-10-01').rows;
    expect(row?.markers.map((m) => [m.id, m.state, m.date])).toEqual([['m1', 'completed', '2025-09-10'], ['m2', 'upcoming', '2026-09-01'], ['m3', 'upcoming', null]]);
    expect(row?.markers[0]?.left).toBeCloseTo((71 / 365) * 100);
    expect(row?.markers[1]?.left).toBeNull();
    expect(row?.markers[2]?.left).toBeNull();
  });
});
