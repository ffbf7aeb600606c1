import type { Routes } from '@angular/router';
import { SECTIONS } from '../core/sections';

/** Admin: system status, and the plan editor (placeholder until built). */
export const ROUTES: Routes = [
  { path: '', loadComponent: () => import('../system/system-page').then((m) => m.SystemPage) },
  {
    path: 'plan',
    title: 'Plan editor',
    data: { section: SECTIONS.find((s) => s.path === 'admin') },
    loadComponent: () => import('../sections/coming-soon-page').then((m) => m.ComingSoonPage),
  },
];
