import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { describeAuthError, fieldErrors, sentence } from './auth-errors';

function answer(status: number, error: unknown, headers?: Record<string, string>): HttpErrorResponse {
  return new HttpErrorResponse({ status, error, headers: new HttpHeaders(headers ?? {}), url: '/api/auth/login' });
}

describe('describeAuthError', () => {
  it("shows the API's own message for a wrong password", () => {
    expect(describeAuthError(answer(401, { statusCode: 401, message: 'Wrong email or password' }))).toBe('Wrong email or password.');
  });

  it("shows the API's throttling message, which says how long to wait", () => {
    const error = answer(429, { message: 'Too many failed sign-ins: try again in 15 min' }, { 'Retry-After': '900' });
    expect(describeAuthError(error)).toBe('Too many failed sign-ins: try again in 15 min');
  });

  it('falls back on Retry-After when a 429 has no message', () => {
    expect(describeAuthError(answer(429, null, { 'Retry-After': '90' }))).toBe('Too many attempts: try again in 2 min.');
    expect(describeAuthError(answer(429, null))).toBe('Too many attempts: try again later.');
  });

  it('lists the field messages of a 400 rather than "Validation failed"', () => {
    const error = answer(400, { message: 'Validation failed', errors: [{ field: 'email', messages: ['email must be an email'] }] });
    expect(describeAuthError(error)).toBe('Email must be an email.');
  });

  it('says when the server did not answer at all', () => {
    expect(describeAuthError(answer(0, null))).toContain('did not answer');
  });
});

describe('fieldErrors', () => {
  it('groups the messages of a 400 by field, as sentences', () => {
    const error = answer(400, {
      errors: [
        { field: 'token', messages: ['this link is not valid any more: ask for a new one'] },
        { field: 'password', messages: ['password must be 10 to 200 characters long'] },
      ],
    });
    expect(fieldErrors(error)).toEqual({
      token: ['This link is not valid any more: ask for a new one.'],
      password: ['Password must be 10 to 200 characters long.'],
    });
  });

  it('is empty for anything but a 400 with field errors', () => {
    expect(fieldErrors(answer(401, { message: 'Sign in to continue' }))).toEqual({});
    expect(fieldErrors(answer(400, { message: 'Bad' }))).toEqual({});
    expect(fieldErrors(new Error('x'))).toEqual({});
  });
});

describe('sentence', () => {
  it('capitalises and ends with a full stop, once', () => {
    expect(sentence('password must be longer')).toBe('Password must be longer.');
    expect(sentence('Done!')).toBe('Done!');
  });
});
