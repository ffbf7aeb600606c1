import type { Routes } from '@angular/router';

/** Results: every metric of the plan, and one metric's trend. The chart (ngx-charts) loads only with the metric page. */
export const ROUTES: Routes = [
  { path: '', loadComponent: () => import('./results-page').then((m) => m.ResultsPage) },
  { path: ':metricId', title: 'Metric results', loadComponent: () => import('./metric-page').then((m) => m.MetricPage) },
];
