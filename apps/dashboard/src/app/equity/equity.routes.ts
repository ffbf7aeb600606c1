import type { Routes } from '@angular/router';
import { SECTIONS } from '../core/sections';

/** The equity section's pages (lazy). Placeholder until the section is built. */
export const ROUTES: Routes = [
  {
    path: '',
    data: { section: SECTIONS.find((s) => s.path === 'equity') },
    loadComponent: () => import('../sections/coming-soon-page').then((m) => m.ComingSoonPage),
  },
];
