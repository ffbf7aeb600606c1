import type { CaseEntry, FeatureWrites, Step } from '../support/write-cases.js';
import { WRITES as publicPage } from './public.js';
import { WRITES as reviews } from './reviews.js';
import { WRITES as scorecards } from './scorecards.js';

const FEATURES: readonly FeatureWrites[] = [reviews, scorecards, publicPage];

/** Every feature's bad-input cases, merged into write-validation.spec.ts. */
export const FEATURE_CASES: Record<string, CaseEntry> = Object.assign({}, ...FEATURES.map((f) => f.cases));
/** Every feature's audit steps, in feature order, run after the core steps of audit.spec.ts. */
export const FEATURE_STEPS: readonly Step[] = FEATURES.flatMap((f) => f.steps);
export const FEATURE_NOT_AUDITED: readonly string[] = FEATURES.flatMap((f) => f.notAudited ?? []);
export const FEATURE_NO_INPUT: readonly string[] = FEATURES.flatMap((f) => f.noInput ?? []);
