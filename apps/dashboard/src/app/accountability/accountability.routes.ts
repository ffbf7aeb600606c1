import type { Routes } from '@angular/router';

/** Accountability (lazy): the review of owners' and departments' check-ins, with a drill-down to their tactics. */
export const ROUTES: Routes = [{ path: '', loadComponent: () => import('./accountability-page').then((m) => m.AccountabilityPage) }];
