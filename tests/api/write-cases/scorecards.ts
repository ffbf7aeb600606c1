import type { FeatureWrites } from '../support/write-cases.js';
import { UNKNOWN } from '../support/write-cases.js';

const create = { schoolYear: 2025, quarter: 1, boardMeetingOn: '2025-10-20' };

/** The write routes of the scorecards feature: board meeting dates per quarter and goal owners' narratives. */
export const WRITES: FeatureWrites = {
  cases: {
    'POST /api/scorecards': {
      cases: [
        { why: 'missing board meeting date', body: (f: { planId: string }) => ({ planId: f.planId, schoolYear: 2025, quarter: 1 }), status: 400, fields: ['boardMeetingOn'] },
        { why: 'not a calendar date', body: (f: { planId: string }) => ({ ...create, planId: f.planId, boardMeetingOn: '2025-02-30' }), status: 400, fields: ['boardMeetingOn'] },
        { why: 'quarter 5', body: (f: { planId: string }) => ({ ...create, planId: f.planId, quarter: 5 }), status: 400, fields: ['quarter'] },
        { why: 'school year outside the plan', body: (f: { planId: string }) => ({ ...create, planId: f.planId, schoolYear: 2031 }), status: 400, fields: ['schoolYear'] },
        { why: 'unknown plan', body: { ...create, planId: UNKNOWN }, status: 404 },
        { why: 'extra field', body: (f: { planId: string }) => ({ ...create, planId: f.planId, state: 'archived' }), status: 400, fields: ['state'] },
      ],
    },
    'PATCH /api/scorecards/{id}': {
      id: () => UNKNOWN,
      cases: [
        { why: 'no version', body: { boardMeetingOn: '2025-10-21' }, status: 400, fields: ['version'] },
        { why: 'bad date', body: { boardMeetingOn: 'next Tuesday', version: 1 }, status: 400, fields: ['boardMeetingOn'] },
        { why: 'unknown scorecard', body: { boardMeetingOn: '2025-10-21', version: 1 }, status: 404 },
      ],
    },
    'PUT /api/scorecards/{id}/narratives': {
      id: () => UNKNOWN,
      cases: [
        { why: 'goal id not a uuid', body: { goalId: 'goal-1', narrative: 'Text' }, status: 400, fields: ['goalId'] },
        { why: 'narrative too long', body: (f: { goalId: string }) => ({ goalId: f.goalId, narrative: 'x'.repeat(4001) }), status: 400, fields: ['narrative'] },
        { why: 'narrative not text', body: (f: { goalId: string }) => ({ goalId: f.goalId, narrative: 42 }), status: 400, fields: ['narrative'] },
        { why: 'unknown scorecard', body: (f: { goalId: string }) => ({ goalId: f.goalId, narrative: 'Text' }), status: 404 },
      ],
    },
  },
  steps: [
    {
      route: 'POST /api/scorecards',
      path: () => '/api/scorecards',
      body: (i) => ({ planId: i.planId, schoolYear: 2025, quarter: 2, boardMeetingOn: '2026-01-20' }),
      entity: 'scorecard',
      field: 'board_meeting_on',
      keep: 'scorecard',
    },
    {
      route: 'PATCH /api/scorecards/{id}',
      path: (i) => `/api/scorecards/${i['scorecard']}`,
      body: () => ({ boardMeetingOn: '2026-01-27', version: 1 }),
      entity: 'scorecard',
      field: 'board_meeting_on',
    },
    {
      route: 'PUT /api/scorecards/{id}/narratives',
      path: (i) => `/api/scorecards/${i['scorecard']}/narratives`,
      body: (i) => ({ goalId: i.goalId, narrative: 'Reading is up two points; the EL gap narrowed.' }),
      entity: 'scorecard_narrative',
      field: 'narrative',
    },
  ],
};
