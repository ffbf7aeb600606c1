import { healthChange, scoreSeries, type SeriesInput } from './score-series.js';
import { hiddenFigureText } from './scorecard-contracts.js';

const metric = { direction: 'up' as const, band: null, cadence: 'annual' as const, lagDays: 0 };
const context = { asOf: '2026-09-30', previousAsOf: '2026-06-30', minN: 10, startMonth: 7 };
const series = (over: Partial<SeriesInput> = {}): SeriesInput => ({
  groupId: 'g',
  code: 'EL',
  nameEn: 'English learners',
  nameEs: 'Estudiantes de inglés',
  allStudents: false,
  baseline: { date: '2024-06-30', value: 40 },
  targets: [{ schoolYear: 2026, value: 60 }],
  current: { value: 55, n: 120, periodEnd: '2026-09-30', stored: false },
  previous: { value: 50, n: 118, periodEnd: '2026-06-30', stored: false },
  ...over,
});

describe('scoreSeries', () => {
  it('shows the value, n, target and change of a publishable series', () => {
    const scored = scoreSeries(series(), metric, context);
    expect(scored).toMatchObject({ suppressed: false, value: 55, n: 120, target: 60, change: { delta: 5 } });
  });

  it('carries no value, n or difference when n is below the minimum', () => {
    const scored = scoreSeries(series({ current: { value: 33.3, n: 6, periodEnd: '2026-09-30', stored: false } }), metric, context);
    expect(scored.suppressed).toBe(true);
    expect(scored).not.toHaveProperty('value');
    expect(scored).not.toHaveProperty('n');
    expect(scored.change.delta).toBeNull();
    expect(scored.status).not.toMatch(/met|on-track|watch|off-track/);
  });

  it('treats a value the source withheld as suppressed', () => {
    const scored = scoreSeries(series({ current: { value: null, n: null, periodEnd: '2026-09-30', stored: true } }), metric, context);
    expect(scored.suppressed).toBe(true);
    expect(JSON.stringify(scored)).not.toContain('"value"');
  });

  it('hides a series that complementary suppression hides, and says why', () => {
    const scored = scoreSeries(series({ current: { value: 55, n: 120, periodEnd: '2026-09-30', stored: false, complementary: true } }), metric, context);
    expect(scored).toMatchObject({ suppressed: true, complementary: true, change: { delta: null } });
    expect(scored).not.toHaveProperty('value');
    expect(scored).not.toHaveProperty('n');
    expect(scored.status).not.toMatch(/met|on-track|watch|off-track/);
  });

  it('gives no difference when last quarter\'s value was hidden complementarily', () => {
    const scored = scoreSeries(series({ previous: { value: 50, n: 118, periodEnd: '2026-06-30', stored: false, complementary: true } }), metric, context);
    expect(scored).toMatchObject({ suppressed: false, value: 55, change: { delta: null, previousStatus: 'no-data' } });
  });

  it('is not marked complementary when its own n is too small', () => {
    const scored = scoreSeries(series({ current: { value: 33.3, n: 6, periodEnd: '2026-09-30', stored: false, complementary: true } }), metric, context);
    expect(scored.suppressed).toBe(true);
    expect(scored).not.toHaveProperty('complementary');
  });

  it('is not suppressed when there is simply no data', () => {
    const scored = scoreSeries(series({ current: null, previous: null }), metric, context);
    expect(scored).toMatchObject({ suppressed: false, status: 'no-data', periodEnd: null, change: { previousStatus: null, trend: 'not-comparable' } });
  });
});

describe('healthChange', () => {
  it.each([
    ['on-track', 'watch', 'improved'],
    ['off-track', 'watch', 'declined'],
    ['watch', 'watch', 'unchanged'],
    ['no-data', 'watch', 'not-comparable'],
  ] as const)('%s after %s is %s', (current, previous, expected) => {
    expect(healthChange(current, previous).trend).toBe(expected);
  });
});

describe('hiddenFigureText', () => {
  it("names the district's own minimum n, or says the figure protects a smaller group", () => {
    expect(hiddenFigureText({}, 10)).toBe('fewer than 10 students');
    expect(hiddenFigureText({ complementary: false }, 15)).toBe('fewer than 15 students');
    expect(hiddenFigureText({ complementary: true }, 15)).toBe('hidden so that a smaller group cannot be worked out');
  });
});
