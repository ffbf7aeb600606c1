import { DATA_ES } from './data.es';
import { instantText } from '../shared/instant-text';
import { clockText, localDateTimeText, scheduleWords } from './schedule-words';

const english = { t: (text: string, params?: Readonly<Record<string, string | number>>) => fill(text, params) };
const spanish = { t: (text: string, params?: Readonly<Record<string, string | number>>) => fill(DATA_ES[text] ?? `MISSING ${text}`, params) };

function fill(text: string, params?: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (params && key in params ? String(params[key]) : whole));
}

describe('scheduleWords', () => {
  it('says each kind of schedule in English', () => {
    expect(scheduleWords(null, english, 'en-US')).toBe('On demand (no schedule)');
    expect(scheduleWords({ kind: 'daily', hour: 6, minute: 0 }, english, 'en-US')).toBe('Daily at 6:00 AM');
    expect(scheduleWords({ kind: 'weekly', weekday: 1, hour: 18, minute: 30 }, english, 'en-US')).toBe('Every Monday at 6:30 PM');
    expect(scheduleWords({ kind: 'monthly', day: 5, hour: 6, minute: 0 }, english, 'en-US')).toBe('Monthly on day 5 at 6:00 AM');
    expect(scheduleWords({ kind: 'cron', expression: ' 0  6 * * 1-5 ' }, english, 'en-US')).toBe('Cron: 0 6 * * 1-5');
  });

  it('warns that day 29–31 falls back to the last day of shorter months, as the domain does', () => {
    expect(scheduleWords({ kind: 'monthly', day: 31, hour: 23, minute: 0 }, english, 'en-US')).toBe(
      'Monthly on day 31 (or the last day of shorter months) at 11:00 PM',
    );
  });

  it('says them in Spanish with Spanish weekday names', () => {
    expect(scheduleWords({ kind: 'weekly', weekday: 0, hour: 6, minute: 0 }, spanish, 'es-US')).toMatch(/^Cada domingo a las 6:00/);
    expect(scheduleWords({ kind: 'monthly', day: 5, hour: 6, minute: 0 }, spanish, 'es-US')).toMatch(/^Mensual, el día 5 a las 6:00/);
    expect(scheduleWords(null, spanish, 'es-US')).toBe('A pedido (sin programación)');
  });
});

describe('dates and times', () => {
  it('writes a district-local time without shifting it to the reader’s zone', () => {
    expect(clockText(0, 5, 'en-US')).toBe('12:05 AM');
    expect(localDateTimeText('2026-11-05T06:00', 'en-US')).toBe('Nov 5, 2026, 6:00 AM');
    expect(localDateTimeText('not a date', 'en-US')).toBe('not a date');
  });

  it('writes an instant in the district’s zone', () => {
    expect(instantText('2026-03-02T15:04:00.000Z', 'en-US', 'America/Chicago')).toBe('Mar 2, 2026, 9:04 AM');
    expect(instantText('2026-03-02T15:04:00.000Z', 'en-US', 'America/Chicago', 'short')).toBe('3/2/26, 9:04 AM');
    expect(instantText('2026-03-02T15:04:00.000Z', 'en-US', 'Not/AZone')).toMatch(/2026/);
  });
});
