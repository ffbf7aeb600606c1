import { describe, expect, it } from '@jest/globals';
import { type SeriesPoint, downsample } from './downsample.js';

interface Reading extends SeriesPoint {
  readonly date: string;
}

const series = (length: number, y: (i: number) => number = (i) => Math.sin(i / 5)): Reading[] =>
  Array.from({ length }, (_, i) => ({ x: i, y: y(i), date: `day-${i}` }));

describe('downsample', () => {
  it.each([
    [1000, 100],
    [1000, 3],
    [101, 100],
    [10, 4],
    [365, 52],
  ])('keeps the first and last of %i points and returns exactly %i', (length, maxPoints) => {
    const points = series(length);
    const result = downsample(points, maxPoints);
    expect(result).toHaveLength(maxPoints);
    expect(result[0]).toBe(points[0]);
    expect(result[result.length - 1]).toBe(points[length - 1]);
  });

  it('keeps points in x order without repeats', () => {
    const xs = downsample(series(1000), 77).map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(77);
  });

  it('picks the spike in a flat series', () => {
    const points = series(100, (i) => (i === 57 ? 10 : 0));
    expect(downsample(points, 10)).toContain(points[57]);
  });

  it('picks a dip as well as a spike', () => {
    const points = series(500, (i) => (i === 120 ? -8 : i === 400 ? 12 : 1));
    const result = downsample(points, 20);
    expect(result).toContain(points[120]);
    expect(result).toContain(points[400]);
  });

  it('returns the original objects, extra fields included', () => {
    const points = series(50);
    for (const point of downsample(points, 10)) {
      expect(points).toContain(point);
      expect(point.date).toBe(`day-${point.x}`);
    }
  });

  it.each([
    [0, 5],
    [1, 5],
    [5, 5],
    [3, 10],
  ])('returns a copy of %i points when maxPoints is %i', (length, maxPoints) => {
    const points = series(length);
    const result = downsample(points, maxPoints);
    expect(result).toEqual(points);
    expect(result).not.toBe(points);
  });

  it.each([2, 1, 0, -1])('returns the first and last point when maxPoints is %i', (maxPoints) => {
    const points = series(10);
    expect(downsample(points, maxPoints)).toEqual([points[0], points[9]]);
  });

  it.each([0, 1, 2])('returns all of %i points when maxPoints is below 3 and they are at most two', (length) => {
    const points = series(length);
    expect(downsample(points, -1)).toEqual(points);
  });

  it('handles unevenly spaced x', () => {
    const points = [0, 1, 2, 10, 11, 50, 51, 52, 90, 100].map((x) => ({ x, y: x % 7 }));
    const result = downsample(points, 5);
    expect(result).toHaveLength(5);
    expect(result[0]).toBe(points[0]);
    expect(result[4]).toBe(points[9]);
  });
});
