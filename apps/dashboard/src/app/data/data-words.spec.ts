import { HttpErrorResponse } from '@angular/common/http';
import { describeApiError } from './data-api';
import { DATA_ES } from './data.es';
import { LOOKED_UP_TEXTS, isActive } from './data-words';

const i18n = { t: (text: string, params?: Readonly<Record<string, string | number>>) => text.replace(/\{(\w+)\}/g, (w, k: string) => String(params?.[k] ?? w)) };
const answer = (status: number, error: unknown) => new HttpErrorResponse({ status, error, url: '/api/sources' });

describe('the data words', () => {
  it('have Spanish for every kind, state, trigger and count the page looks up', () => {
    expect(LOOKED_UP_TEXTS.filter((text) => !(text in DATA_ES))).toEqual([]);
  });

  it('follow queued and running runs only', () => {
    expect(['queued', 'running', 'succeeded', 'partial', 'failed'].filter((s) => isActive(s as never))).toEqual(['queued', 'running']);
  });
});

describe('describeApiError', () => {
  it('gives the field messages of a 400 rather than "Validation failed"', () => {
    const error = answer(400, { message: 'Validation failed', errors: [{ field: 'mapping', messages: ['map at least one metric'] }, { field: 'config.url', messages: ['an HTTP source needs the URL to pull'] }] });
    expect(describeApiError(error, i18n)).toEqual({
      message: 'map at least one metric; an HTTP source needs the URL to pull',
      fields: [{ field: 'mapping', messages: ['map at least one metric'] }, { field: 'config.url', messages: ['an HTTP source needs the URL to pull'] }],
    });
  });

  it("keeps the API's own message (a 409 on a stale version, a 404 with fields)", () => {
    expect(describeApiError(answer(409, { message: 'This data source was changed by someone else' }), i18n).message).toBe('This data source was changed by someone else');
    expect(describeApiError(answer(404, { message: 'Unknown metric', errors: [{ field: 'mapping.metrics', messages: ['a metricId does not name a metric'] }] }), i18n)).toEqual({
      message: 'Unknown metric', fields: [{ field: 'mapping.metrics', messages: ['a metricId does not name a metric'] }],
    });
  });

  it('says when the server did not answer, or only answered a status', () => {
    expect(describeApiError(answer(0, null), i18n).message).toContain('did not answer');
    expect(describeApiError(answer(502, null), i18n).message).toBe('The server answered 502.');
  });
});
