import type { Routes } from '@angular/router';

/** My work (lazy): the signed-in person's tactics, check-ins and data requests. */
export const ROUTES: Routes = [{ path: '', loadComponent: () => import('./my-work-page').then((m) => m.MyWorkPage) }];
