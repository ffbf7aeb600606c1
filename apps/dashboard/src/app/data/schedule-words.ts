import type { SourceSchedule } from '@throughline/domain';

/** Anything that translates like I18n (the parameter is named `i18n` so the coverage spec finds the texts). */
export interface Translator {
  t(text: string, params?: Readonly<Record<string, string | number>>): string;
}

// A fixed Sunday (2023-01-01) to name weekdays through Intl, in UTC so no zone shifts the day.
const SUNDAY = Date.UTC(2023, 0, 1);

/** "6:00 AM" / "6:00 a. m.": a wall-clock time of the district, written the reader's way. */
export function clockText(hour: number, minute: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1, hour, minute));
}

/**
 * A source's schedule in the reader's language (the API's `scheduleText` is English only). Mirrors the domain's
 * describeSchedule, including its note that day 29–31 falls back to the last day of shorter months.
 */
export function scheduleWords(schedule: SourceSchedule | null, i18n: Translator, locale: string): string {
  if (!schedule) return i18n.t('On demand (no schedule)');
  switch (schedule.kind) {
    case 'cron':
      return i18n.t('Cron: {expression}', { expression: schedule.expression.trim().split(/\s+/).join(' ') });
    case 'daily':
      return i18n.t('Daily at {time}', { time: clockText(schedule.hour, schedule.minute, locale) });
    case 'weekly': {
      const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(SUNDAY + schedule.weekday * 86_400_000);
      return i18n.t('Every {weekday} at {time}', { weekday, time: clockText(schedule.hour, schedule.minute, locale) });
    }
    case 'monthly': {
      const time = clockText(schedule.hour, schedule.minute, locale);
      return schedule.day > 28
        ? i18n.t('Monthly on day {day} (or the last day of shorter months) at {time}', { day: schedule.day, time })
        : i18n.t('Monthly on day {day} at {time}', { day: schedule.day, time });
    }
  }
}

/** A district-local `2026-11-05T06:00` (no zone) written the reader's way, without shifting it to theirs. */
export function localDateTimeText(value: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return value;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(Date.UTC(y, mo - 1, d, h, mi));
}
