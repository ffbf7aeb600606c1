import { createHash } from 'node:crypto';
import { isoDateInZone } from '@throughline/domain';
import type { PlanFixture } from '../support/plan-fixture.js';
import { type FeatureWrites, type Ids, UNKNOWN } from '../support/write-cases.js';

const today = () => isoDateInZone(Date.now(), 'America/Chicago');
/** An agenda item's id is derived from its review and entity (see ReviewsService.generate). */
const itemId = (reviewId: string, entity: string, entityId: string) => {
  const md5 = createHash('md5').update(`${reviewId}:${entity}:${entityId}`).digest('hex');
  const hex = `${md5.slice(0, 12)}4${md5.slice(13, 16)}8${md5.slice(17)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
// By the time these steps run, the core steps have checked in `tactic2` as at risk: it is on the agenda.
const tacticItem = (i: Ids) => itemId(i['review'] as string, 'tactic', i['tactic2'] as string);

/** The write routes of the reviews feature: bad input (write-validation.spec.ts) and audit steps (audit.spec.ts). */
export const WRITES: FeatureWrites = {
  cases: {
    'POST /api/reviews': {
      cases: [
        { why: 'not a calendar date', body: (f: PlanFixture) => ({ planId: f.planId, heldOn: '2026-02-30' }), status: 400, fields: ['heldOn'] },
        { why: 'unknown plan', body: { planId: UNKNOWN, heldOn: '2026-11-20' }, status: 404, fields: ['planId'] },
        { why: 'empty title', body: (f: PlanFixture) => ({ planId: f.planId, heldOn: '2026-11-20', title: '   ' }), status: 400, fields: ['title'] },
        { why: 'extra field', body: (f: PlanFixture) => ({ planId: f.planId, heldOn: '2026-11-20', state: 'closed' }), status: 400, fields: ['state'] },
      ],
    },
    'POST /api/reviews/{id}/decisions': {
      id: () => UNKNOWN,
      cases: [
        { why: 'empty decision', body: { text: '  ' }, status: 400, fields: ['text'] },
        { why: 'item that is not a uuid', body: { text: 'D', reviewItemId: 'first' }, status: 400, fields: ['reviewItemId'] },
        { why: 'unknown review', body: { text: 'D' }, status: 404 },
      ],
    },
    'POST /api/reviews/{id}/action-items': {
      id: () => UNKNOWN,
      cases: [
        { why: 'no owner', body: { title: 'A', dueDate: '2026-12-01' }, status: 400, fields: ['ownerId'] },
        { why: 'due date not a date', body: { title: 'A', ownerId: UNKNOWN, dueDate: 'next week' }, status: 400, fields: ['dueDate'] },
        { why: 'unknown review', body: { title: 'A', ownerId: UNKNOWN, dueDate: '2026-12-01' }, status: 404 },
      ],
    },
    'PATCH /api/review-items/{id}': {
      id: () => UNKNOWN,
      cases: [
        { why: 'discussed as text', body: { discussed: 'yes' }, status: 400, fields: ['discussed'] },
        { why: 'notes too long', body: { notes: 'x'.repeat(4001) }, status: 400, fields: ['notes'] },
        { why: 'unknown item', body: { discussed: true }, status: 404 },
      ],
    },
    'POST /api/review-items/{id}/acknowledgements': {
      id: () => UNKNOWN,
      cases: [
        { why: 'ids that are not uuids', body: { statusUpdateIds: ['x'] }, status: 400, fields: ['statusUpdateIds'] },
        { why: 'an empty list', body: { statusUpdateIds: [] }, status: 400, fields: ['statusUpdateIds'] },
        { why: 'unknown item', body: {}, status: 404 },
      ],
    },
    'PATCH /api/action-items/{id}': {
      id: () => UNKNOWN,
      cases: [
        { why: 'no version', body: { done: true }, status: 400, fields: ['version'] },
        { why: 'done as text', body: { done: 'yes', version: 1 }, status: 400, fields: ['done'] },
        { why: 'unknown action item', body: { done: true, version: 1 }, status: 404 },
      ],
    },
    'POST /api/reviews/{id}/agenda': { cases: [{ why: 'unknown review', id: () => UNKNOWN, status: 404 }] },
    'POST /api/reviews/{id}/close': { cases: [{ why: 'unknown review', id: () => UNKNOWN, status: 404 }] },
  },
  steps: [
    { route: 'POST /api/reviews', path: () => '/api/reviews', body: (i) => ({ planId: i.planId, heldOn: today() }), entity: 'review', field: 'title', keep: 'review' },
    { route: 'PATCH /api/review-items/{id}', path: (i) => `/api/review-items/${tacticItem(i)}`, body: () => ({ discussed: true, notes: 'Venue: ask the library' }), entity: 'review_item', field: 'notes' },
    { route: 'POST /api/review-items/{id}/acknowledgements', path: (i) => `/api/review-items/${tacticItem(i)}/acknowledgements`, body: () => ({}), entity: 'status_update', field: 'acknowledged_at' },
    { route: 'POST /api/reviews/{id}/decisions', path: (i) => `/api/reviews/${i['review']}/decisions`, body: () => ({ text: 'Hold family nights at the library' }), entity: 'review_decision', field: 'text' },
    { route: 'POST /api/reviews/{id}/action-items', path: (i) => `/api/reviews/${i['review']}/action-items`, body: (i) => ({ title: 'Book the library', ownerId: i.personId, dueDate: today() }), entity: 'action_item', field: 'title', keep: 'actionItem' },
    { route: 'PATCH /api/action-items/{id}', path: (i) => `/api/action-items/${i['actionItem']}`, body: () => ({ done: true, version: 1 }), entity: 'action_item', field: 'done_on' },
    { route: 'POST /api/reviews/{id}/agenda', path: (i) => `/api/reviews/${i['review']}/agenda`, entity: 'review', field: 'agenda_generated_at' },
    { route: 'POST /api/reviews/{id}/close', path: (i) => `/api/reviews/${i['review']}/close`, entity: 'review', field: 'state' },
  ],
};
