import { describe, expect, it } from '@jest/globals';
import { type Cell, cellKey, suppressTable } from './equity-tables.js';

const RACE = new Set(['AI', 'AS', 'BL', 'HI', 'WH']);
const GENDER = new Set(['F', 'M', 'X']);
const cell = (schoolId: string | null, groupId: string, n: number | null, stored = false): Cell => ({
  periodEnd: '2026-06-30',
  schoolId,
  groupId,
  value: stored ? null : 50,
  numerator: null,
  n,
  stored,
});
const hidden = (cells: readonly Cell[], minN = 10) =>
  Object.fromEntries(suppressTable(cells, minN, RACE, GENDER).flatMap((c) => (c.hidden ? [[cellKey(c.schoolId, c.groupId), c.hidden]] : [])));

describe('suppressTable', () => {
  it('names why each cell is hidden: too few students, withheld by the source, or to protect another', () => {
    const cells = [cell(null, 'ALL', 500), cell(null, 'AI', 4), cell(null, 'AS', 40), cell(null, 'WH', 300), cell(null, 'HI', null, true), cell(null, 'BL', 150)];
    // Two race cells are already hidden (AI small, HI withheld): nothing else needs to go.
    expect(hidden(cells)).toEqual({ 'district|AI': 'fewer-than-min-n', 'district|HI': 'withheld-by-source' });
  });

  it('protects a withheld cell like a small one', () => {
    const cells = [cell('s1', 'ALL', 200), cell('s1', 'HI', 30, true), cell('s1', 'WH', 120), cell('s1', 'BL', 45)];
    expect(hidden(cells)).toEqual({ 's1|HI': 'withheld-by-source', 's1|BL': 'complementary' });
  });

  it('hides a second school in a group column, so the district figure does not give the first away', () => {
    const cells = [cell(null, 'EL', 75), cell('s1', 'EL', 5), cell('s2', 'EL', 30), cell('s3', 'EL', 40)];
    expect(hidden(cells)).toEqual({ 's1|EL': 'fewer-than-min-n', 's2|EL': 'complementary' });
  });

  it('cascades through rows and columns until no hidden cell can be worked out', () => {
    const cells = [cell('s1', 'F', 30), cell('s1', 'M', 25), cell('s1', 'X', 2), cell('s2', 'F', 40), cell('s2', 'M', 44), cell('s2', 'ALL', 84)];
    // s1: X is small, so M (25) goes too; column M then has one hidden school, so s2's M goes, then s2's F (its row),
    // then s1's F (column F). s2's All Students stays: no partition holds it.
    expect(hidden(cells)).toEqual({
      's1|X': 'fewer-than-min-n', 's1|M': 'complementary', 's2|M': 'complementary', 's2|F': 'complementary', 's1|F': 'complementary',
    });
  });

  it('follows the minimum n it is given', () => {
    expect(hidden([cell(null, 'EL', 14)], 15)).toEqual({ 'district|EL': 'fewer-than-min-n' });
    expect(hidden([cell(null, 'EL', 15)], 15)).toEqual({});
  });
});
