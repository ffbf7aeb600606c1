import type { PlanTree, Tactic } from '@throughline/domain';
import { formatDate, parentsByStrategy, toTacticViews } from './tactic-view';

const tree = {
  priorities: [{ id: 'p', title: 'Early literacy', goals: [{ id: 'g', title: 'Grade 3 reading', strategies: [{ id: 's', title: 'Structured literacy' }] }] }],
} as unknown as PlanTree;
const tactic = { id: 't', strategyId: 's', title: 'Train teachers', ownerId: 'o', schoolId: null, status: 'at-risk', percentComplete: 40, startDate: '2025-08-04', dueDate: '2026-05-28', overdue: true, stale: false } as unknown as Tactic;

describe('toTacticViews', () => {
  it('resolves the goal, owner and school by name; no school reads as district-wide (empty)', () => {
    const [row] = toTacticViews([tactic], parentsByStrategy(tree), new Map([['o', 'Dana Whitfield']]), new Map());
    expect(row).toEqual(expect.objectContaining({ goal: 'Grade 3 reading', strategy: 'Structured literacy', owner: 'Dana Whitfield', school: '', percent: 40, overdue: true }));
  });

  it('shows unknown ids as empty rather than as ids', () => {
    const [row] = toTacticViews([{ ...tactic, schoolId: 'x', strategyId: 'y' }], parentsByStrategy(undefined), new Map(), new Map());
    expect(row).toEqual(expect.objectContaining({ goal: '', owner: '', school: '' }));
  });
});

describe('formatDate', () => {
  it('writes the calendar day in the reader’s language, whatever the time zone', () => {
    expect(formatDate('2026-05-28', 'en-US')).toBe('May 28, 2026');
    expect(formatDate('2026-05-28', 'es-US')).toMatch(/28 may 2026/);
    expect(formatDate('2026-01-01', 'en-US', { month: 'short' })).toBe('Jan');
  });
});
