import { isSessionLost } from './auth-interceptor';

describe('isSessionLost', () => {
  it('treats a 401 from any API route as a lost session', () => {
    expect(isSessionLost('/api/plans', 401, false)).toBe(true);
    expect(isSessionLost('http://127.0.0.1:3000/api/system/job-runs?limit=50', 401, false)).toBe(true);
  });

  it('leaves a wrong password to the sign-in form', () => {
    expect(isSessionLost('/api/auth/login', 401, false)).toBe(false);
  });

  it('leaves requests that opted out alone (the start-up "who am I?")', () => {
    expect(isSessionLost('/api/auth/me', 401, true)).toBe(false);
  });

  it('ignores other statuses and URLs outside the API', () => {
    expect(isSessionLost('/api/plans', 403, false)).toBe(false);
    expect(isSessionLost('/api/plans', 500, false)).toBe(false);
    expect(isSessionLost('/assets/x.json', 401, false)).toBe(false);
  });
});
