import type { Routes } from '@angular/router';

/** The community's public page (lazy, no sign-in). A placeholder until the feature's page lands. */
export const ROUTES: Routes = [
  {
    path: '',
    data: { section: { path: 'public', label: 'Public', icon: 'dashboard' } },
    loadComponent: () => import('../sections/coming-soon-page').then((m) => m.ComingSoonPage),
  },
];
