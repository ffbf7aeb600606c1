import { cellKey, initialDrafts, rowMessages, toMeasurements } from './entry-grid';
import type { DataRequest } from './my-work-api';

const ALL = 'group-all';
const request: DataRequest = {
  sourceId: 'source-1',
  name: 'Reading screener',
  slot: '2026-11-01T00:00',
  dueSince: '2026-11-01',
  daysOpen: 24,
  nextSlot: '2026-12-01T00:00',
  period: { end: '2026-10-31', kind: 'month' },
  metrics: [
    {
      id: 'metric-1',
      name: 'Grade 3 reading',
      unit: 'percent',
      decimals: 1,
      disaggregation: 'school',
      rows: [
        { schoolId: null, schoolName: null, groupId: ALL, groupNameEn: 'All Students', groupNameEs: 'Todos los estudiantes', value: 41.5, denominator: 800, suppressed: false },
        { schoolId: 'school-a', schoolName: 'Alder Creek', groupId: ALL, groupNameEn: 'All Students', groupNameEs: 'Todos los estudiantes', value: null, denominator: null, suppressed: false },
        { schoolId: 'school-b', schoolName: 'Bluebonnet', groupId: ALL, groupNameEn: 'All Students', groupNameEs: 'Todos los estudiantes', value: null, denominator: null, suppressed: false },
      ],
    },
  ],
};

describe('entry grid', () => {
  it('starts from the values stored for the period', () => {
    expect(initialDrafts(request)).toEqual({
      'metric-1|district|group-all': { value: '41.5', n: '800' },
      'metric-1|school-a|group-all': { value: '', n: '' },
      'metric-1|school-b|group-all': { value: '', n: '' },
    });
  });

  it('sends the rows typed or changed, for the request’s period, and remembers their grid row', () => {
    const drafts = {
      ...initialDrafts(request),
      'metric-1|district|group-all': { value: '41.5', n: '810' },
      [cellKey('metric-1', { schoolId: 'school-b', groupId: ALL })]: { value: ' 38 ', n: '' },
    };
    expect(toMeasurements(request, drafts)).toEqual({
      measurements: [
        { metricId: 'metric-1', periodEnd: '2026-10-31', periodKind: 'month', schoolId: null, groupId: ALL, value: 41.5, denominator: 810 },
        { metricId: 'metric-1', periodEnd: '2026-10-31', periodKind: 'month', schoolId: 'school-b', groupId: ALL, value: 38, denominator: null },
      ],
      keys: ['metric-1|district|group-all', 'metric-1|school-b|group-all'],
    });
  });

  it('leaves out what is stored already and untouched', () => {
    expect(toMeasurements(request, initialDrafts(request)).measurements).toEqual([]);
  });

  it('sends an n without a value as typed, so the API can say what is missing', () => {
    const { measurements } = toMeasurements(request, { 'metric-1|school-a|group-all': { value: '', n: '95' } });
    expect(measurements).toEqual([expect.objectContaining({ schoolId: 'school-a', value: null, denominator: 95 })]);
  });

  it('puts the API’s per-row messages beside the cells they are about', () => {
    const keys = ['metric-1|district|group-all', 'metric-1|school-b|group-all'];
    expect(
      rowMessages(
        {
          'measurements[1].value': ['a percent is between 0 and 100'],
          'measurements[0].numerator': ['must not exceed its denominator'],
          'measurements[1]': ['same metric, period, school and group as measurements[0]'],
          'measurements[7].value': ['not a row of this grid'],
          other: ['ignored'],
        },
        keys,
      ),
    ).toEqual({
      'metric-1|district|group-all': { value: [], n: ['must not exceed its denominator'], row: [] },
      'metric-1|school-b|group-all': { value: ['a percent is between 0 and 100'], n: [], row: ['same metric, period, school and group as measurements[0]'] },
    });
  });
});
