import type { Routes } from '@angular/router';
import { SECTIONS } from './core/sections';

// Every page is a lazy chunk; only the shell ships in the initial bundle.
const comingSoon = SECTIONS.filter((s) => s.path !== '' && s.path !== 'admin').map((section) => ({
  path: section.path,
  title: section.label,
  data: { section },
  loadComponent: () => import('./sections/coming-soon-page').then((m) => m.ComingSoonPage),
}));

export const routes: Routes = [
  { path: '', pathMatch: 'full', title: 'Overview', loadComponent: () => import('./home/home-page').then((m) => m.HomePage) },
  ...comingSoon,
  { path: 'admin', title: 'Admin', loadComponent: () => import('./system/system-page').then((m) => m.SystemPage) },
  { path: '**', title: 'Page not found', loadComponent: () => import('./sections/not-found-page').then((m) => m.NotFoundPage) },
];
