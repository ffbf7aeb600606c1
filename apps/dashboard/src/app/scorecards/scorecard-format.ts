import type { ScorecardQuarter, ScorecardSeries } from '@throughline/domain';

/** A figure in the reader's language with its unit's decimals. */
export function formatFigure(value: number | null | undefined, unit: string, decimals: number, locale: string): string {
  if (value === null || value === undefined) return '–';
  const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  if (unit === 'currency') return new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', ...digits }).format(value);
  const number = new Intl.NumberFormat(locale, digits).format(value);
  return unit === 'percent' ? `${number}%` : number;
}

/** The signed difference since last quarter ("+6.5", "−1.2"), or '' when it may not be shown. */
export function formatDelta(series: Pick<ScorecardSeries, 'change'>, decimals: number, locale: string): string {
  const delta = series.change.delta;
  if (delta === null) return '';
  const text = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: 'exceptZero' }).format(delta);
  return text.replace('-', '−');
}

/** The school years of the quarter list, newest first, each with its quarters (for the two pickers). */
export function yearsOf(quarters: readonly ScorecardQuarter[]): { schoolYear: number; label: string; quarters: number[] }[] {
  const years = new Map<number, { schoolYear: number; label: string; quarters: number[] }>();
  for (const q of quarters) {
    const year = years.get(q.schoolYear) ?? { schoolYear: q.schoolYear, label: q.schoolYearLabel, quarters: [] };
    year.quarters.push(q.quarter);
    years.set(q.schoolYear, year);
  }
  return [...years.values()].map((y) => ({ ...y, quarters: [...y.quarters].sort() }));
}
