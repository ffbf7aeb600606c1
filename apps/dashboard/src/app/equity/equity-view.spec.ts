import type { EquityReport, EquityRow } from './equity-api';
import { apiMessage, formatDate, formatValue, gapWords, styleOf, toGapBars, toSchoolGrid, trendWords } from './equity-view';

const percent = styleOf({ unit: 'percent', decimals: 1 }, 'en-US');
const score = styleOf({ unit: 'score', decimals: 2 }, 'en-US');
const group = (code: string, extra: Partial<EquityRow> = {}): EquityRow => ({
  groupId: code,
  code,
  nameEn: `${code} (en)`,
  nameEs: `${code} (es)`,
  kind: 'program',
  suppressed: false,
  ...extra,
});

describe('gapWords', () => {
  it.each([
    [12.43, percent, { key: 'behind-points', amount: '12.4' }],
    [-3, percent, { key: 'ahead-points', amount: '3.0' }],
    [0.04, percent, { key: 'even', amount: '0.0' }],
    [0.12, score, { key: 'behind', amount: '0.12' }],
    [-0.5, score, { key: 'ahead', amount: '0.50' }],
  ])('words a gap of %d', (gap, style, words) => {
    expect(gapWords(gap, style)).toEqual(words);
  });

  it('uses the reader’s decimal separator', () => {
    expect(gapWords(12.4, styleOf({ unit: 'percent', decimals: 1 }, 'es-ES')).amount).toBe('12,4');
  });
});

describe('trendWords', () => {
  it('says by how much the difference narrowed and since when', () => {
    const row = group('EL', { gap: 9.5, baselineGap: 12, trend: 'narrower', baselineAsOf: '2024-06-30' });
    expect(trendWords(row, percent)).toEqual({ trend: 'narrower', key: 'narrower-points', amount: '2.5', since: 'Jun 30, 2024' });
  });

  it('measures the size of the difference for a group ahead', () => {
    const row = group('AS', { gap: -14, baselineGap: -20, trend: 'narrower', baselineAsOf: '2025-06-30' });
    expect(trendWords(row, score)).toEqual(expect.objectContaining({ key: 'narrower', amount: '6.00' }));
  });

  it('calls a change too small to show unchanged, and has nothing to say without a baseline', () => {
    expect(trendWords(group('ED', { gap: 8.02, baselineGap: 8, trend: 'wider', baselineAsOf: '2025-06-30' }), percent)?.key).toBe('unchanged');
    expect(trendWords(group('ED', { gap: 8 }), percent)).toBeUndefined();
  });
});

describe('formatting', () => {
  it('formats values by unit and dates without shifting a day', () => {
    expect(formatValue(48.96, percent)).toBe('49.0%');
    expect(formatValue(3.456, score)).toBe('3.46');
    expect(formatDate('2026-06-30', 'en-US')).toBe('Jun 30, 2026');
  });
});

describe('toGapBars', () => {
  it('draws a bar for each published gap only, named in the reader’s language', () => {
    const rows = [group('EL', { gap: 9.5 }), group('SWD', { suppressed: true, reason: 'fewer-than-min-n' }), group('AS', { gap: -14 })];
    expect(toGapBars(rows, 'es')).toEqual([
      { name: 'EL (es)', value: 9.5 },
      { name: 'AS (es)', value: -14 },
    ]);
  });
});

describe('toSchoolGrid', () => {
  it('lays out one cell per column: a value, why it is hidden, or no data', () => {
    const table: NonNullable<EquityReport['schoolTable']> = {
      groups: [group('ALL'), group('BL')],
      schools: [
        { schoolId: 's1', code: '1', name: 'Birch', cells: [{ groupId: 'ALL', suppressed: false, value: 47, n: 60 }, { groupId: 'BL', suppressed: true, reason: 'complementary' }] },
        { schoolId: 's2', code: '2', name: 'Cedar', cells: [{ groupId: 'ALL', suppressed: false, value: 52.5, n: 40 }] },
      ],
    };
    expect(toSchoolGrid(table, percent, 'en')).toEqual({
      columns: [{ groupId: 'ALL', name: 'ALL (en)' }, { groupId: 'BL', name: 'BL (en)' }],
      rows: [
        { schoolId: 's1', name: 'Birch', cells: [{ kind: 'value', text: '47.0%' }, { kind: 'hidden', reason: 'complementary' }] },
        { schoolId: 's2', name: 'Cedar', cells: [{ kind: 'value', text: '52.5%' }, { kind: 'none' }] },
      ],
    });
  });
});

describe('apiMessage', () => {
  it('shows each field’s problems, else the message', () => {
    expect(apiMessage({ message: 'Validation failed', errors: [{ field: 'metricId', messages: ['metricId must be a UUID'] }] })).toBe(
      'metricId: metricId must be a UUID',
    );
    expect(apiMessage({ message: 'No metric with id x' })).toBe('No metric with id x');
    expect(apiMessage('<html>')).toBeUndefined();
  });
});
