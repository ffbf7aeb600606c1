import { isPublicPath, safeNext, signInRedirect } from './sign-in-redirect';

describe('signInRedirect', () => {
  it.each([
    ['/results', { path: '/login', next: '/results' }],
    ['/results?school=lincoln#top', { path: '/login', next: '/results?school=lincoln#top' }],
    ['/admin', { path: '/login', next: '/admin' }],
    // Nothing to come back to: the overview is where a sign-in ends anyway.
    ['/', { path: '/login' }],
  ])('sends an anonymous visitor of %s to sign in first', (url, expected) => {
    expect(signInRedirect(false, url)).toEqual(expected);
  });

  it('lets a signed-in person through', () => {
    expect(signInRedirect(true, '/results')).toBeNull();
  });

  it('never sends someone back to a sign-in page after signing in', () => {
    expect(signInRedirect(false, '/login?next=%2Fresults')).toEqual({ path: '/login' });
  });
});

describe('safeNext', () => {
  it.each([
    ['/results', '/results'],
    ['/my-work?tab=due', '/my-work?tab=due'],
    [undefined, '/'],
    [null, '/'],
    ['', '/'],
  ])('keeps %p as %p', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });

  it.each(['https://evil.example/', '//evil.example/x', '/\\evil.example', 'results', 'javascript:alert(1)'])(
    'refuses %p, which would leave the site: the overview instead',
    (next) => {
      expect(safeNext(next)).toBe('/');
    },
  );

  it.each(['/login', '/forgot-password', '/set-password?token=abc'])('does not return to the signed-out page %p', (next) => {
    expect(safeNext(next)).toBe('/');
  });
});

describe('isPublicPath', () => {
  it('knows the signed-out pages, with or without a query', () => {
    expect(isPublicPath('/login?next=%2F')).toBe(true);
    expect(isPublicPath('/set-password?token=x')).toBe(true);
    expect(isPublicPath('/loginx')).toBe(false);
    expect(isPublicPath('/results')).toBe(false);
  });
});
