import type { Route, Routes } from '@angular/router';
import { requireRole, requireSignIn, signedOutOnly } from './auth/auth-guards';
import { type Section, SECTIONS } from './core/sections';

// Every page is a lazy chunk; only the shell ships in the initial bundle.
const comingSoon = (section: Section): Route => ({
  path: section.path,
  title: section.label,
  data: { section },
  loadComponent: () => import('./sections/coming-soon-page').then((m) => m.ComingSoonPage),
});

// Each section owns its routes file (lazy): features are built side by side without touching this one.
const pages: Record<string, Route> = {
  '': { path: '', pathMatch: 'full', title: 'Overview', loadComponent: () => import('./home/home-page').then((m) => m.HomePage) },
  'action-plan': { path: 'action-plan', title: 'Action plan', loadChildren: () => import('./action-plan/action-plan.routes').then((m) => m.ROUTES) },
  results: { path: 'results', title: 'Results', loadChildren: () => import('./results/results.routes').then((m) => m.ROUTES) },
  equity: { path: 'equity', title: 'Equity', loadChildren: () => import('./equity/equity.routes').then((m) => m.ROUTES) },
  'my-work': { path: 'my-work', title: 'My work', loadChildren: () => import('./my-work/my-work.routes').then((m) => m.ROUTES) },
  data: { path: 'data', title: 'Data', loadChildren: () => import('./data/data.routes').then((m) => m.ROUTES) },
  accountability: { path: 'accountability', title: 'Accountability', loadChildren: () => import('./accountability/accountability.routes').then((m) => m.ROUTES) },
  reviews: { path: 'reviews', title: 'Reviews', loadChildren: () => import('./reviews/reviews.routes').then((m) => m.ROUTES) },
  scorecards: { path: 'scorecards', title: 'Scorecards', loadChildren: () => import('./scorecards/scorecards.routes').then((m) => m.ROUTES) },
  community: { path: 'community', title: 'Community', loadChildren: () => import('./community/community.routes').then((m) => m.ROUTES) },
  admin: { path: 'admin', title: 'Admin', loadChildren: () => import('./admin/admin.routes').then((m) => m.ROUTES) },
};

/**
 * A section limited to some roles matches only for them; everyone else gets the route after it, which says the
 * section is not part of their role (rather than a bare "not found" or an error from the API).
 */
const sectionRoutes: Routes = SECTIONS.flatMap((section) => {
  const page = pages[section.path] ?? comingSoon(section);
  if (!section.roles) return [page];
  return [
    { ...page, canMatch: [requireRole(section.roles)] },
    { path: section.path, title: section.label, data: { section }, loadComponent: () => import('./sections/no-access-page').then((m) => m.NoAccessPage) },
  ];
});

export const routes: Routes = [
  { path: 'login', title: 'Sign in', canMatch: [signedOutOnly], loadComponent: () => import('./auth/login-page').then((m) => m.LoginPage) },
  { path: 'forgot-password', title: 'Forgot your password', loadComponent: () => import('./auth/forgot-password-page').then((m) => m.ForgotPasswordPage) },
  // The community's page: no sign-in, published items only (the server enforces it).
  { path: 'public', title: 'Public', loadChildren: () => import('./public/public.routes').then((m) => m.ROUTES) },
  { path: 'set-password', title: 'Set your password', loadComponent: () => import('./auth/set-password-page').then((m) => m.SetPasswordPage) },
  {
    path: '',
    canMatch: [requireSignIn],
    children: [
      ...sectionRoutes,
      { path: '**', title: 'Page not found', loadComponent: () => import('./sections/not-found-page').then((m) => m.NotFoundPage) },
    ],
  },
];
