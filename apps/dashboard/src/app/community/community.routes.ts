import type { Routes } from '@angular/router';
import { SECTIONS } from '../core/sections';

/** The community section (lazy; admins and cabinet). A placeholder until the feature's pages land. */
export const ROUTES: Routes = [
  {
    path: '',
    data: { section: SECTIONS.find((s) => s.path === 'community') },
    loadComponent: () => import('../sections/coming-soon-page').then((m) => m.ComingSoonPage),
  },
];
