import type { HealthStatus, MetricStatus, ScorecardSeries, StatusTrend } from '@throughline/domain';

/** Words for the exports (the board packet is printed: never colour alone). */
export const STATUS_LABEL: Readonly<Record<MetricStatus | HealthStatus, string>> = {
  met: 'Met',
  'on-track': 'On track',
  watch: 'Watch',
  'off-track': 'Off track',
  'no-data': 'No data yet',
  'awaiting-release': 'Awaiting release',
  stale: 'Stale: update overdue',
};

export const TREND_LABEL: Readonly<Record<StatusTrend, string>> = {
  improved: '▲ improved',
  declined: '▼ declined',
  unchanged: '► unchanged',
  'not-comparable': '–',
};

/** A figure with its unit's decimals ("42.5%", "1,204"). */
export function formatValue(value: number | null | undefined, unit: string, decimals: number): string {
  if (value === null || value === undefined) return '–';
  const text = value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return unit === 'percent' ? `${text}%` : unit === 'currency' ? `$${text}` : text;
}

/** The change of a series in words: "+2.5 (▲ improved)". */
export function changeText(series: ScorecardSeries, decimals: number): string {
  const delta = series.change.delta;
  const value = delta === null ? '' : `${delta > 0 ? '+' : ''}${delta.toFixed(decimals)} `;
  return `${value}${TREND_LABEL[series.change.trend]}`.trim();
}
