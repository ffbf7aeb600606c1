/**
 * Thins long series (daily attendance over several years) before they reach a chart, so the browser draws a few
 * hundred points without losing the dips and spikes a board member would ask about.
 */

export interface SeriesPoint {
  readonly x: number;
  readonly y: number;
}

/** Largest-Triangle-Three-Buckets downsampling: at most maxPoints points, keeping the first, the last and the shape. */
export function downsample<T extends SeriesPoint>(points: readonly T[], maxPoints: number): T[] {
  const n = points.length;
  if (n <= maxPoints) return [...points];
  // Fewer than three points leaves no bucket to choose from; the endpoints still show the overall change.
  if (maxPoints < 3) return n <= 2 ? [...points] : [points[0], points[n - 1]];

  // The first and last points are always kept; the points between are split into `buckets` nearly equal runs.
  const buckets = Math.floor(maxPoints) - 2;
  // Integer boundaries (multiply before dividing) so no point is skipped or repeated through rounding.
  const boundary = (i: number): number => 1 + Math.floor((i * (n - 2)) / buckets);
  const sampled: T[] = [points[0]];
  let anchor = points[0];

  for (let bucket = 0; bucket < buckets; bucket++) {
    const start = boundary(bucket);
    const end = boundary(bucket + 1);
    // The next bucket's average (or the last point, after the final bucket) stands in for the point to come.
    const next = bucket + 1 < buckets ? average(points, end, boundary(bucket + 2)) : points[n - 1];
    let best = start;
    let bestArea = -1;
    for (let i = start; i < end; i++) {
      // Twice the triangle's area; the factor does not change which point wins.
      const area = Math.abs(
        (anchor.x - next.x) * (points[i].y - anchor.y) - (anchor.x - points[i].x) * (next.y - anchor.y),
      );
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    sampled.push(points[best]);
    anchor = points[best];
  }
  sampled.push(points[n - 1]);
  return sampled;
}

function average(points: readonly SeriesPoint[], start: number, end: number): SeriesPoint {
  let x = 0;
  let y = 0;
  for (let i = start; i < end; i++) {
    x += points[i].x;
    y += points[i].y;
  }
  return { x: x / (end - start), y: y / (end - start) };
}
