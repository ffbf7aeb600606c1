import { formatIsoDate, formatMetricValue, formatPeriod, isoDateToUtc } from './format';

describe('formatMetricValue', () => {
  it.each([
    [49.196, 'percent', 1, 'en-US', '49.2%'],
    [49, 'percent', 1, 'en-US', '49.0%'],
    [1234.5, 'count', 0, 'en-US', '1,235'],
    [3.576, 'score', 2, 'en-US', '3.58'],
    [2.375, 'ratio', 2, 'es-US', '2.38'],
    [12500, 'currency', 0, 'en-US', '$12,500'],
  ])('%d %s with %d decimals in %s reads %s', (value, unit, decimals, locale, expected) => {
    expect(formatMetricValue(value, unit, decimals, locale)).toBe(expected);
  });
});

describe('dates', () => {
  it('formats calendar dates without shifting them by the time zone', () => {
    expect(isoDateToUtc('2026-06-30').toISOString()).toBe('2026-06-30T00:00:00.000Z');
    expect(formatIsoDate('2026-06-30', 'en-US')).toBe('Jun 30, 2026');
    expect(formatIsoDate('2025-12-31', 'en-US', 'long')).toBe('December 31, 2025');
  });

  it('names a period by the month it ends in, in the reader\'s language', () => {
    expect(formatPeriod('2026-06-30', 'en-US')).toBe('Jun 2026');
    expect(formatPeriod('2026-06-30', 'es-US').toLowerCase()).toContain('2026');
  });
});
