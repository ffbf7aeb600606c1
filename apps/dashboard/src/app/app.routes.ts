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

const pages: Record<string, Route> = {
  '': { path: '', pathMatch: 'full', title: 'Overview', loadComponent: () => import('./home/home-page').then((m) => m.HomePage) },
  admin: { path: 'admin', title: 'Admin', loadComponent: () => import('./system/system-page').then((m) => m.SystemPage) },
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
