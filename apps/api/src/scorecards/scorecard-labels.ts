import type { HealthStatus, MetricStatus, StatusTrend } from '@throughline/domain';

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
  improved: 'Status improved',
  declined: 'Status declined',
  unchanged: 'Status unchanged',
  'not-comparable': 'No earlier status',
};

/** A figure with its unit's decimals ("42.5%", "1,204"). */
export function formatValue(value: number | null | undefined, unit: string, decimals: number): string {
  if (value === null || value === undefined) return '–';
  const text = value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return unit === 'percent' ? `${text}%` : unit === 'currency' ? `$${text}` : text;
}
