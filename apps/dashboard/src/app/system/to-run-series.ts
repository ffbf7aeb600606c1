import type { JobRunResponse } from '@throughline/domain';
import type { ChartSeries } from '../shared/line-chart';

/** Finished runs, oldest first, as one "duration" series for the line chart (named in the reader's language). */
export function toRunSeries(runs: readonly JobRunResponse[], name = 'Duration (ms)'): ChartSeries[] {
  const points = runs
    .filter((run) => run.durationMs !== null && run.finishedAt !== null)
    .slice()
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
    .map((run) => ({ name: new Date(run.startedAt), value: run.durationMs ?? 0 }));
  return points.length ? [{ name, series: points }] : [];
}
