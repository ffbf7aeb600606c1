import type { Entry } from '../support/access-matrix.js';
import { ROUTES as accountability } from './accountability.js';
import { ROUTES as actionPlan } from './action-plan.js';
import { ROUTES as data } from './data.js';
import { ROUTES as editor } from './editor.js';
import { ROUTES as equity } from './equity.js';
import { ROUTES as myWork } from './my-work.js';
import { ROUTES as overview } from './overview.js';
import { ROUTES as publicPage } from './public.js';
import { ROUTES as results } from './results.js';
import { ROUTES as reviews } from './reviews.js';
import { ROUTES as scorecards } from './scorecards.js';

/** Every feature's routes, merged into the authorization matrix. */
export const FEATURE_ROUTES: Record<string, Entry> = { ...overview, ...actionPlan, ...results, ...equity, ...accountability, ...myWork, ...data, ...editor, ...reviews, ...scorecards, ...publicPage };
