import type { Routes } from '@angular/router';
import { SECTIONS } from '../core/sections';

/** The community section (lazy; admins and cabinet): publishing counts, the embed snippet, feedback. */
export const ROUTES: Routes = [
  {
    path: '',
    data: { section: SECTIONS.find((s) => s.path === 'community') },
    loadComponent: () => import('./community-page').then((m) => m.CommunityPage),
  },
];
