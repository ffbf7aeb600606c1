import type { IsoDate, MetricUnit } from '@throughline/domain';

/** A metric's value as people read it: its own number of decimals, `%` for percentages, `$` for money. */
export function formatMetricValue(value: number, unit: string, decimals: number, locale: string): string {
  const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  if ((unit as MetricUnit) === 'currency') return new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', ...digits }).format(value);
  const number = new Intl.NumberFormat(locale, digits).format(value);
  return (unit as MetricUnit) === 'percent' ? `${number}%` : number;
}

/** A calendar date in the reader's language. ISO dates are calendar days, so they are formatted in UTC (no shift). */
export function formatIsoDate(date: IsoDate, locale: string, style: 'medium' | 'long' = 'medium'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(isoDateToUtc(date));
}

/** The month a period ends in: `Jun 2026` / `jun 2026`. */
export function formatPeriod(periodEnd: IsoDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(isoDateToUtc(periodEnd));
}

/** Midnight UTC of a calendar date, for charts and Intl. */
export function isoDateToUtc(date: IsoDate): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}
