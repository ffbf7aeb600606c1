import type { MetricUnit, PublicMetric, PublicTacticCounts, TacticStatus } from '@throughline/domain';

/** A figure in the reader's language: 45.3% / $1,200 / 3.8. */
export function formatFigure(value: number, unit: MetricUnit, decimals: number, locale: string): string {
  const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  if (unit === 'percent') return `${new Intl.NumberFormat(locale, digits).format(value)}%`;
  if (unit === 'currency') return new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', ...digits }).format(value);
  return new Intl.NumberFormat(locale, digits).format(value);
}

/** Tactic counts worth saying, in plain words (English keys for the t pipe), most advanced first. */
const ORDER: readonly { status: TacticStatus; label: string }[] = [
  { status: 'complete', label: 'Complete' },
  { status: 'on-track', label: 'On track' },
  { status: 'at-risk', label: 'At risk' },
  { status: 'off-track', label: 'Off track' },
  { status: 'not-started', label: 'Not started' },
];

export function tacticParts(counts: PublicTacticCounts): { label: string; count: number }[] {
  return ORDER.map(({ status, label }) => ({ label, count: counts.byStatus[status] })).filter((p) => p.count > 0);
}

/** The highest value of a metric's bars and targets: the chart's scale. */
export function chartMax(metric: PublicMetric): number {
  const values = metric.series.flatMap((s) => s.points.flatMap((p) => [p.value ?? 0, p.target ?? 0]));
  const max = Math.max(0, ...values);
  return metric.unit === 'percent' ? Math.min(100, Math.max(max * 1.1, 10)) : max * 1.1 || 1;
}
