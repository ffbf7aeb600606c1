import type { MetricUnit } from '@throughline/domain';
import type { EquityGroup, EquityMetric, EquityReport, EquityRow, HiddenReason } from './equity-api';

/** How the page words a metric's numbers: percentages differ by "points", other units by their own amount. */
export interface NumberStyle {
  readonly unit: MetricUnit;
  readonly decimals: number;
  readonly locale: string;
}

export function styleOf(metric: Pick<EquityMetric, 'unit' | 'decimals'>, locale: string): NumberStyle {
  return { unit: metric.unit, decimals: metric.decimals, locale };
}

/** A number with the metric's decimals in the reader's locale. */
export function formatNumber(value: number, style: NumberStyle): string {
  return new Intl.NumberFormat(style.locale, { minimumFractionDigits: style.decimals, maximumFractionDigits: style.decimals }).format(value);
}

/** A value as the reader expects it: 48.9%, $1,200, 3.52. */
export function formatValue(value: number, style: NumberStyle): string {
  if (style.unit === 'percent') return `${formatNumber(value, style)}%`;
  if (style.unit === 'currency') {
    const digits = { minimumFractionDigits: style.decimals, maximumFractionDigits: style.decimals };
    return new Intl.NumberFormat(style.locale, { style: 'currency', currency: 'USD', ...digits }).format(value);
  }
  return formatNumber(value, style);
}

export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** A period end (ISO date) as a short date in the reader's language, read in UTC so it never shifts a day. */
export function formatDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

export function groupName(group: Pick<EquityGroup, 'nameEn' | 'nameEs'>, lang: 'en' | 'es'): string {
  return lang === 'es' ? group.nameEs : group.nameEn;
}

/** The gap in words: which side the group is on, by how much, in points for a percentage (positive = behind). */
export interface GapWords {
  readonly key: 'behind-points' | 'behind' | 'ahead-points' | 'ahead' | 'even';
  readonly amount: string;
}

export function gapWords(gap: number, style: NumberStyle): GapWords {
  const amount = formatNumber(Math.abs(gap), style);
  // A gap that rounds to 0 at the metric's precision reads as even, not "0.0 points behind".
  if (isZero(amount)) return { key: 'even', amount };
  const side = gap > 0 ? 'behind' : 'ahead';
  return { key: style.unit === 'percent' ? `${side}-points` : side, amount };
}

/** Since baseline: whether the difference narrowed or widened, by how much, and since when. */
export interface TrendWords {
  readonly trend: 'narrower' | 'wider' | 'unchanged';
  readonly key: 'narrower-points' | 'narrower' | 'wider-points' | 'wider' | 'unchanged';
  readonly amount: string;
  readonly since: string;
}

export function trendWords(row: EquityRow, style: NumberStyle): TrendWords | undefined {
  if (row.trend === undefined || row.gap === undefined || row.baselineGap === undefined || !row.baselineAsOf) return undefined;
  const amount = formatNumber(Math.abs(Math.abs(row.gap) - Math.abs(row.baselineGap)), style);
  const since = formatDate(row.baselineAsOf, style.locale);
  if (row.trend === 'unchanged' || isZero(amount)) return { trend: 'unchanged', key: 'unchanged', amount, since };
  return { trend: row.trend, key: style.unit === 'percent' ? `${row.trend}-points` : row.trend, amount, since };
}

function isZero(formatted: string): boolean {
  return Number(formatted.replace(/\D/g, '')) === 0;
}

export interface GapBar {
  readonly name: string;
  readonly value: number;
}

/** The chart's bars: each published group's gap (hidden groups have none and get no bar). */
export function toGapBars(rows: readonly EquityRow[], lang: 'en' | 'es'): GapBar[] {
  return rows.flatMap((row) => (row.gap === undefined ? [] : [{ name: groupName(row, lang), value: row.gap }]));
}

export type GridCell =
  | { readonly kind: 'value'; readonly text: string }
  | { readonly kind: 'hidden'; readonly reason: HiddenReason }
  | { readonly kind: 'none' };

export interface SchoolGrid {
  readonly columns: readonly { readonly groupId: string; readonly name: string }[];
  readonly rows: readonly { readonly schoolId: string; readonly name: string; readonly cells: readonly GridCell[] }[];
}

/** The school × group table as rows of cells, one per column: a value, why it is hidden, or no data. */
export function toSchoolGrid(table: NonNullable<EquityReport['schoolTable']>, style: NumberStyle, lang: 'en' | 'es'): SchoolGrid {
  const columns = table.groups.map((g) => ({ groupId: g.groupId, name: groupName(g, lang) }));
  const rows = table.schools.map((school) => {
    const byGroup = new Map(school.cells.map((c) => [c.groupId, c]));
    const cells = columns.map((column): GridCell => {
      const cell = byGroup.get(column.groupId);
      if (!cell) return { kind: 'none' };
      if (cell.suppressed || cell.value === undefined) return { kind: 'hidden', reason: cell.reason ?? 'withheld-by-source' };
      return { kind: 'value', text: formatValue(cell.value, style) };
    });
    return { schoolId: school.schoolId, name: school.name, cells };
  });
  return { columns, rows };
}

/** The API's own words for a refused request: each field's problems (400), else its message. */
export function apiMessage(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const { errors, message } = body as { errors?: unknown; message?: unknown };
  if (Array.isArray(errors) && errors.length) {
    return errors
      .map((e: { field?: unknown; messages?: unknown }) => `${String(e.field)}: ${Array.isArray(e.messages) ? e.messages.join(', ') : ''}`)
      .join('; ');
  }
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : undefined;
}
