import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../app.routes';
import type { SignedInPerson } from './auth-api';
import { authInterceptor } from './auth-interceptor';
import { AuthStore } from './auth-store';

const principal: SignedInPerson = { personId: 'p1', name: 'Ana Díaz', email: 'principal@example.org', roles: ['owner'] };

/** The real routes (bound to inputs as in app.config.ts), guards, store and interceptor; only the server is played by HttpTestingController. */
async function start(me: SignedInPerson | null) {
  TestBed.configureTestingModule({
    providers: [provideRouter(routes, withComponentInputBinding()), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
  });
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  const router = TestBed.inject(Router);
  const answerMe = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    for (const request of http.match('/api/auth/me')) {
      if (me) request.flush(me);
      else request.flush({ message: 'Sign in to continue' }, { status: 401, statusText: 'Unauthorized' });
    }
  };
  return { harness, router, http, answerMe };
}

async function navigate(setup: Awaited<ReturnType<typeof start>>, url: string): Promise<void> {
  const done = setup.router.navigateByUrl(url);
  await setup.answerMe();
  await done;
}

describe('signing in is required for internal pages', () => {
  it('sends an anonymous visitor of /results to /login?next=%2Fresults', async () => {
    const setup = await start(null);
    await navigate(setup, '/results');
    expect(setup.router.url).toBe('/login?next=%2Fresults');
  });

  it('lets a signed-in person open /results, asking the API who they are only once', async () => {
    const setup = await start(principal);
    await navigate(setup, '/results');
    expect(setup.router.url).toBe('/results');
    await setup.router.navigateByUrl('/equity');
    setup.http.expectNone('/api/auth/me');
    expect(setup.router.url).toBe('/equity');
  });

  it('shows a person without the admin role a no-access page at /admin, not the admin page', async () => {
    const setup = await start(principal);
    await navigate(setup, '/admin');
    expect(setup.router.url).toBe('/admin');
    // The page's words go through the translation pipe: they are there once the page has rendered.
    await setup.harness.fixture.whenStable();
    expect(setup.harness.routeNativeElement?.textContent).toContain('not part of your role');
  });

  it('sends someone already signed in from /login to where they were headed', async () => {
    const setup = await start(principal);
    await navigate(setup, '/login?next=%2Fequity');
    expect(setup.router.url).toBe('/equity');
  });

  it('on a 401 from the API (session expired), forgets the person and asks them to sign in again', async () => {
    const setup = await start(principal);
    await navigate(setup, '/results');
    TestBed.inject(HttpClient).get('/api/plans').subscribe({ error: () => undefined });
    const request = setup.http.expectOne('/api/plans');
    request.flush({ message: 'Sign in to continue' }, { status: 401, statusText: 'Unauthorized' });
    await setup.harness.fixture.whenStable();
    expect(TestBed.inject(AuthStore).person()).toBeNull();
    expect(setup.router.url).toBe('/login?next=%2Fresults');
  });
});
