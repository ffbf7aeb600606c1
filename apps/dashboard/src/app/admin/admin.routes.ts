import type { Routes } from '@angular/router';

/** Admin: system status (with a way to the plan editor), and the plan editor. */
export const ROUTES: Routes = [
  { path: '', loadComponent: () => import('./admin-page').then((m) => m.AdminPage) },
  { path: 'plan', loadChildren: () => import('../plan-editor/plan-editor.routes').then((m) => m.ROUTES) },
];
