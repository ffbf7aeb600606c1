import type { Routes } from '@angular/router';

/** The data section (lazy): `/data` lists the sources, `/data?source=<id>` shows one with its runs. */
export const ROUTES: Routes = [
  {
    path: '',
    loadComponent: () => import('./data-page').then((m) => m.DataPage),
  },
];
