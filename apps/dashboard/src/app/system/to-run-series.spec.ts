import type { JobRunResponse } from '@throughline/domain';
import { toRunSeries } from './to-run-series';

function run(startedAt: string, durationMs: number | null): JobRunResponse {
  return {
    id: startedAt,
    job: 'collection-sweep',
    outcome: durationMs === null ? 'running' : 'succeeded',
    startedAt,
    finishedAt: durationMs === null ? null : startedAt,
    durationMs,
    detail: null,
  };
}

describe('toRunSeries', () => {
  it('orders finished runs oldest first', () => {
    const series = toRunSeries([run('2026-11-25T10:10:00.000Z', 4), run('2026-11-25T10:00:00.000Z', 7)]);
    expect(series).toHaveLength(1);
    expect(series[0].series.map((p) => p.value)).toEqual([7, 4]);
    expect(series[0].series[0].name).toEqual(new Date('2026-11-25T10:00:00.000Z'));
  });

  it('leaves out runs still running', () => {
    expect(toRunSeries([run('2026-11-25T10:00:00.000Z', null), run('2026-11-25T10:05:00.000Z', 3)])[0].series).toHaveLength(1);
  });

  it('returns no series when nothing has finished, so the page can show its empty state', () => {
    expect(toRunSeries([])).toEqual([]);
    expect(toRunSeries([run('2026-11-25T10:00:00.000Z', null)])).toEqual([]);
  });
});
