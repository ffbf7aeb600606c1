import type { Scorecard } from '@throughline/domain';

/** What the view renders: the API's scorecard as is (suppression already applied by the server). */
export type ScorecardView = Scorecard;
