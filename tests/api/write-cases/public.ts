import type { FeatureWrites } from '../support/write-cases.js';
import { UNKNOWN } from '../support/write-cases.js';

const long = (n: number) => 'x'.repeat(n);

/**
 * The write routes of the public feature. The publish fields ride on the core PATCH routes, whose own cases live
 * in write-validation.spec.ts: they get their own labelled keys here ("… (publish fields)") so they add to those
 * cases instead of replacing them (the spec reads the method and path from the first two words).
 */
export const WRITES: FeatureWrites = {
  cases: {
    'POST /api/public/goals/{id}/feedback': {
      id: (f) => f.goalId,
      cases: [
        { why: 'no message', body: { name: 'Ana' }, status: 400, fields: ['message'] },
        { why: 'a message of spaces', body: { message: '   ' }, status: 400, fields: ['message'] },
        { why: 'a message over 2000 characters', body: { message: long(2001) }, status: 400, fields: ['message'] },
        { why: 'not an email', body: { message: 'Hello', email: 'at home' }, status: 400, fields: ['email'] },
        { why: 'an unknown role', body: { message: 'Hello', role: 'mayor' }, status: 400, fields: ['role'] },
        { why: 'an unknown language', body: { message: 'Hello', language: 'fr' }, status: 400, fields: ['language'] },
        { why: 'extra field', body: { message: 'Hello', phone: '555' }, status: 400, fields: ['phone'] },
        { why: 'unknown goal', id: () => UNKNOWN, body: { message: 'Hello' }, status: 404 },
        { why: 'not a uuid', id: () => 'goal-1', body: { message: 'Hello' }, status: 400 },
      ],
    },
    'PATCH /api/feedback/{id}': {
      id: () => UNKNOWN,
      cases: [
        { why: 'unknown feedback', body: { read: true }, status: 404 },
        { why: 'read as text', body: { read: 'yes' }, status: 400, fields: ['read'] },
        { why: 'no read flag', body: {}, status: 400, fields: ['read'] },
      ],
    },
    'PATCH /api/priorities/{id} (publish fields)': {
      id: (f) => f.priorityId,
      cases: [
        { why: 'a summary over 600 characters', body: { publicSummaryEn: long(601) }, status: 400, fields: ['publicSummaryEn'] },
        { why: 'published as text', body: { published: 'yes' }, status: 400, fields: ['published'] },
      ],
    },
    'PATCH /api/goals/{id} (publish fields)': {
      id: (f) => f.goalId,
      cases: [
        { why: 'a Spanish summary over 600 characters', body: { publicSummaryEs: long(601) }, status: 400, fields: ['publicSummaryEs'] },
        { why: 'a summary that is not text', body: { publicSummaryEn: 42 }, status: 400, fields: ['publicSummaryEn'] },
      ],
    },
    'PATCH /api/strategies/{id} (publish fields)': {
      id: (f) => f.strategyId,
      cases: [{ why: 'a strategy is not published on its own', body: { published: false }, status: 400, fields: ['published'] }],
    },
    'PATCH /api/metrics/{id} (publish fields)': {
      id: (f) => f.metricId,
      cases: [
        { why: 'publishGroups as a number', body: { publishGroups: 1, version: 1 }, status: 400, fields: ['publishGroups'] },
        { why: 'a summary over 600 characters', body: { publicSummaryEs: long(601), version: 1 }, status: 400, fields: ['publicSummaryEs'] },
      ],
    },
    'PATCH /api/settings (public page)': {
      cases: [{ why: 'publicEnabled as text', body: { publicEnabled: 'off' }, status: 400, fields: ['publicEnabled'] }],
    },
  },
  steps: [
    // Signed in or not, feedback is stored the same way; the audit row keeps the message but not the name or email.
    {
      route: 'POST /api/public/goals/{id}/feedback',
      path: (i) => `/api/public/goals/${i.goalId}/feedback`,
      body: () => ({ message: 'Please add Saturday reading nights.', name: 'A parent', email: 'parent@example.org', role: 'parent' }),
      entity: 'feedback', field: 'message', keep: 'feedback',
    },
    { route: 'PATCH /api/feedback/{id}', path: (i) => `/api/feedback/${i['feedback']}`, body: () => ({ read: true }), entity: 'feedback', field: 'read_at' },
    { route: 'PATCH /api/priorities/{id}', path: (i) => `/api/priorities/${i.priorityId}`, body: () => ({ publicSummaryEs: 'Cada estudiante lee bien.' }), entity: 'priority', field: 'public_summary_es' },
    { route: 'PATCH /api/goals/{id}', path: (i) => `/api/goals/${i.goalId}`, body: () => ({ published: false, publicSummaryEn: 'More third graders read well.' }), entity: 'goal', field: 'published' },
    { route: 'PATCH /api/settings', path: () => '/api/settings', body: () => ({ publicEnabled: false }), entity: 'district_settings', field: 'public_enabled' },
  ],
};
