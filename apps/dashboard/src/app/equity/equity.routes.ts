import type { Routes } from '@angular/router';

/** The equity section's pages (lazy). Filters live in the query parameters. */
export const ROUTES: Routes = [
  { path: '', loadComponent: () => import('./equity-page').then((m) => m.EquityPage) },
];
