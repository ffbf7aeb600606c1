import type { Routes } from '@angular/router';

/** The scorecards section (lazy): the board's quarterly scorecard and its print-ready page. */
export const ROUTES: Routes = [
  { path: '', loadComponent: () => import('./scorecard-page').then((m) => m.ScorecardPage) },
  { path: 'print', title: 'Scorecard (print)', loadComponent: () => import('./scorecard-print-page').then((m) => m.ScorecardPrintPage) },
];
