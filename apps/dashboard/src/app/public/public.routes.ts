import type { Routes } from '@angular/router';

/** The community's public page (lazy, no sign-in) and its chrome-less embed for the district's website. */
export const ROUTES: Routes = [
  {
    path: '',
    data: { section: { path: 'public', label: 'Public', icon: 'public' } },
    loadComponent: () => import('./public-page').then((m) => m.PublicPage),
  },
  { path: 'embed', title: 'Our strategic plan', loadComponent: () => import('./embed-page').then((m) => m.EmbedPage) },
];
