import type { Routes } from '@angular/router';
import { ActionPlanPage } from './action-plan-page';

/** The action-plan section (this file is the lazy chunk): the tactics table and timeline, filtered by the URL. */
export const ROUTES: Routes = [{ path: '', component: ActionPlanPage }];
