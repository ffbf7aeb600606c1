import type { Routes } from '@angular/router';

/** The reviews section (lazy): the list, a review's page and its presenter mode. */
export const ROUTES: Routes = [
  { path: '', loadComponent: () => import('./reviews-list-page').then((m) => m.ReviewsListPage) },
  { path: ':id', title: 'Review', loadComponent: () => import('./review-page').then((m) => m.ReviewPage) },
  { path: ':id/present', title: 'Presenter mode', loadComponent: () => import('./presenter-page').then((m) => m.PresenterPage) },
];
