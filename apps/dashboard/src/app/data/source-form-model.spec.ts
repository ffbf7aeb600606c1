import type { Source } from './data-api';
import { EXAMPLE_MAPPING, formFromSource, messagesFor, parseHeaders, scheduleOf, toSourceWrite } from './source-form-model';

const i18n = { t: (text: string, params?: Readonly<Record<string, string | number>>) => text.replace(/\{(\w+)\}/g, (w, k: string) => String(params?.[k] ?? w)) };
const mapping = { period: { fixed: { end: '2026-06-30', kind: 'year' as const } }, school: { column: 'CDS' }, metrics: [{ metricId: 'm1', value: 'Rate' }] };

const SOURCE: Source = {
  id: 's1', name: 'State report card', kind: 'http', stewardId: 'p1',
  schedule: { kind: 'monthly', day: 5, hour: 6, minute: 30 }, scheduleText: 'monthly on day 5 at 06:30',
  config: { url: 'https://state.example.gov/rc.csv', format: 'csv' }, secrets: { headers: ['Authorization'], connectionString: false },
  mapping, active: true, version: 3, nextRun: null, lastRun: null,
};

describe('formFromSource', () => {
  it('starts a new source as an on-demand file source with an example mapping', () => {
    const value = formFromSource(undefined);
    expect(value).toMatchObject({ name: '', kind: 'file', scheduleKind: 'none', active: true, mapping: EXAMPLE_MAPPING });
  });

  it('fills the form from a source, never with its secrets', () => {
    const value = formFromSource(SOURCE);
    expect(value).toMatchObject({ scheduleKind: 'monthly', day: '5', time: '06:30', url: SOURCE.config.url, format: 'csv', headers: '' });
    expect(JSON.parse(value.mapping)).toEqual(mapping);
  });
});

describe('scheduleOf', () => {
  const base = formFromSource(undefined);
  it('turns the fields into the API schedule', () => {
    expect(scheduleOf(base)).toBeNull();
    expect(scheduleOf({ ...base, scheduleKind: 'weekly', weekday: '3', time: '07:15' })).toEqual({ kind: 'weekly', weekday: 3, hour: 7, minute: 15 });
    expect(scheduleOf({ ...base, scheduleKind: 'monthly', day: '31', time: '23:00' })).toEqual({ kind: 'monthly', day: 31, hour: 23, minute: 0 });
    expect(scheduleOf({ ...base, scheduleKind: 'cron', cron: ' 0 6 * * 1 ' })).toEqual({ kind: 'cron', expression: '0 6 * * 1' });
  });
});

describe('parseHeaders', () => {
  it('reads one "Name: value" per line and names a line without a colon', () => {
    expect(parseHeaders('Authorization: Bearer a:b\n\nX-Key: 1')).toEqual({ headers: { Authorization: 'Bearer a:b', 'X-Key': '1' } });
    expect(parseHeaders('Authorization Bearer')).toEqual({ problem: 'Authorization Bearer' });
  });
});

describe('toSourceWrite', () => {
  it('creates with the kind and only the config that kind uses', () => {
    const result = toSourceWrite({ ...formFromSource(undefined), name: ' Benchmarks ', mapping: JSON.stringify(mapping), url: 'ignored' }, i18n);
    expect(result).toEqual({ body: { name: 'Benchmarks', kind: 'file', schedule: null, config: { format: 'auto' }, mapping, active: true } });
  });

  it('updates with the version, and sends secrets only when typed', () => {
    const kept = toSourceWrite(formFromSource(SOURCE), i18n, SOURCE.version);
    expect(kept).toMatchObject({ body: { version: 3, stewardId: 'p1', config: { url: SOURCE.config.url, format: 'csv' } } });
    expect('body' in kept && 'secrets' in kept.body).toBe(false);
    expect('body' in kept && 'kind' in kept.body).toBe(false);
    const replaced = toSourceWrite({ ...formFromSource(SOURCE), headers: 'Authorization: Bearer new' }, i18n, 3);
    expect(replaced).toMatchObject({ body: { secrets: { headers: { Authorization: 'Bearer new' } } } });
  });

  it('sends an SQL source its query and connection string', () => {
    const value = { ...formFromSource(undefined), kind: 'sql' as const, name: 'SIS', query: 'SELECT 1', connectionString: 'postgres://r@h/db', mapping: JSON.stringify(mapping) };
    expect(toSourceWrite(value, i18n)).toMatchObject({ body: { config: { query: 'SELECT 1' }, secrets: { connectionString: 'postgres://r@h/db' } } });
  });

  it('says what is wrong with the mapping or a header line, in the API’s field shape', () => {
    const bad = toSourceWrite({ ...formFromSource(SOURCE), mapping: '{ "period": ', headers: 'nonsense' }, i18n, 3);
    expect('problems' in bad && bad.problems.map((p) => p.field)).toEqual(['mapping', 'secrets.headers']);
    expect(toSourceWrite({ ...formFromSource(SOURCE), mapping: '[1]' }, i18n, 3)).toEqual({ problems: [{ field: 'mapping', messages: ['The mapping must be a JSON object.'] }] });
  });
});

describe('messagesFor', () => {
  it('collects the messages of a field and of its parts', () => {
    const fields = [{ field: 'config.url', messages: ['an HTTP source needs the URL to pull'] }, { field: 'mapping', messages: ['map at least one metric'] }];
    expect(messagesFor(fields, 'config.url')).toEqual(['an HTTP source needs the URL to pull']);
    expect(messagesFor(fields, 'config')).toEqual(['an HTTP source needs the URL to pull']);
    expect(messagesFor(fields, 'name')).toEqual([]);
  });
});
