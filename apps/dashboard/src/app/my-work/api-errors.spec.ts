import { HttpErrorResponse } from '@angular/common/http';
import { apiMessage, fieldMessages, isConflict } from './api-errors';

const badRequest = (errors: unknown) =>
  new HttpErrorResponse({ status: 400, error: { statusCode: 400, message: 'Validation failed', errors } });

describe('fieldMessages', () => {
  it('groups the API’s messages by field', () => {
    const error = badRequest([
      { field: 'narrative', messages: ['narrative is required when the tactic is at risk or off track (up to 4000 characters)'] },
      { field: 'measurements[2].value', messages: ['a percent is between 0 and 100'] },
      { field: 'narrative', messages: ['second'] },
    ]);
    expect(fieldMessages(error)).toEqual({
      narrative: ['narrative is required when the tactic is at risk or off track (up to 4000 characters)', 'second'],
      'measurements[2].value': ['a percent is between 0 and 100'],
    });
  });

  it('is empty for errors without fields and for things that are not HTTP errors', () => {
    expect(fieldMessages(new HttpErrorResponse({ status: 500, error: 'boom' }))).toEqual({});
    expect(fieldMessages(badRequest([{ field: 3, messages: 'x' }]))).toEqual({});
    expect(fieldMessages(new Error('x'))).toEqual({});
  });
});

describe('apiMessage', () => {
  it('shows the API’s message, or says the server did not answer', () => {
    expect(apiMessage(new HttpErrorResponse({ status: 409, error: { message: 'This tactic was changed by someone else' } }))).toBe(
      'This tactic was changed by someone else',
    );
    expect(apiMessage(new HttpErrorResponse({ status: 0 }))).toMatch(/did not answer/);
    expect(apiMessage(badRequest([{ field: 'from', messages: ['from must be on or before to'] }]))).toBe('from must be on or before to');
    expect(apiMessage(new HttpErrorResponse({ status: 502, statusText: 'Bad Gateway' }))).toBe('The server answered 502 Bad Gateway.');
  });
});

describe('isConflict', () => {
  it('is true for a 409 only', () => {
    expect(isConflict(new HttpErrorResponse({ status: 409 }))).toBe(true);
    expect(isConflict(new HttpErrorResponse({ status: 400 }))).toBe(false);
  });
});
