import { MAT_FORM_FIELD_DEFAULT_OPTIONS, type MatFormFieldDefaultOptions } from '@angular/material/form-field';
import type { Routes } from '@angular/router';
import { PlanEditorStore } from './plan-editor-store';

// Hints and the API's messages can run to two lines on a phone: the space under a field grows with them.
const FIELDS: MatFormFieldDefaultOptions = { appearance: 'outline', subscriptSizing: 'dynamic' };

/**
 * `/admin/plan`: the outline with the plan's own fields; `metric/<id>` (or `metric/new?goal=…`) and
 * `<kind>/<id>` (or `<kind>/new?parent=…`) edit one item beside the outline. Admins only (the admin section).
 */
export const ROUTES: Routes = [
  {
    path: '',
    providers: [PlanEditorStore, { provide: MAT_FORM_FIELD_DEFAULT_OPTIONS, useValue: FIELDS }],
    loadComponent: () => import('./plan-editor-page').then((m) => m.PlanEditorPage),
    children: [
      { path: '', title: 'Plan editor', loadComponent: () => import('./plan-details-page').then((m) => m.PlanDetailsPage) },
      { path: 'metric/:id', title: 'Plan editor', loadComponent: () => import('./metric-editor-page').then((m) => m.MetricEditorPage) },
      { path: ':kind/:id', title: 'Plan editor', loadComponent: () => import('./item-editor-page').then((m) => m.ItemEditorPage) },
    ],
  },
];
