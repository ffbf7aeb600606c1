import { toDayNumber } from '@throughline/domain';
import type { GoalSparkline } from './plans-api';

export interface SparklineShape {
  /** SVG path data, in a width × height box. */
  readonly actual: string;
  readonly expected: string;
  /** The latest actual, marked with a dot. */
  readonly last: { readonly x: number; readonly y: number };
}

/**
 * The sparkline of a goal's headline metric: actuals and the values expected on the same dates, both starting at
 * the baseline, scaled into a small box. Undefined when there is no actual yet (the card says so in words).
 */
export function toSparkline(line: GoalSparkline, width: number, height: number, pad = 3): SparklineShape | undefined {
  if (!line.actuals.length) return undefined;
  const start = line.baseline ? [{ x: toDayNumber(line.baseline.asOf), y: line.baseline.value }] : [];
  const before = (x: number) => !line.baseline || x > toDayNumber(line.baseline.asOf);
  const points = line.actuals.map((a) => ({ x: toDayNumber(a.periodEnd), actual: a.value, expected: a.expected })).filter((p) => before(p.x));
  const actual = [...start, ...points.filter((p) => p.actual !== null).map((p) => ({ x: p.x, y: p.actual as number }))];
  const expected = [...start, ...points.filter((p) => p.expected !== null).map((p) => ({ x: p.x, y: p.expected as number }))];
  const all = [...actual, ...expected];
  if (!actual.length) return undefined;
  const [x0, x1] = extent(all.map((p) => p.x));
  const [y0, y1] = extent(all.map((p) => p.y));
  const sx = (x: number) => round(x1 === x0 ? width / 2 : pad + ((x - x0) / (x1 - x0)) * (width - 2 * pad));
  // SVG y grows downwards: the highest value sits at the top.
  const sy = (y: number) => round(y1 === y0 ? height / 2 : height - pad - ((y - y0) / (y1 - y0)) * (height - 2 * pad));
  const path = (ps: readonly { x: number; y: number }[]) => ps.map((p, i) => `${i ? 'L' : 'M'}${sx(p.x)} ${sy(p.y)}`).join(' ');
  const lastPoint = actual[actual.length - 1];
  return { actual: path(actual), expected: expected.length > 1 ? path(expected) : '', last: { x: sx(lastPoint.x), y: sy(lastPoint.y) } };
}

function extent(values: readonly number[]): [number, number] {
  return [Math.min(...values), Math.max(...values)];
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
