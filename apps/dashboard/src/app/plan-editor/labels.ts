import type {
  Cadence, Direction, Disaggregation, InitiativeDecision, MetricKind, MetricUnit, Person, PlanState, UpdateCadence,
} from '@throughline/domain';
import type { ItemKind } from './plan-editor-api';

// The words for the API's codes, in English; the Spanish is in plan-editor.es.ts (checked by labels.spec.ts).
export const UNIT_LABELS: Readonly<Record<MetricUnit, string>> = {
  percent: 'Percent',
  count: 'Count',
  rate: 'Rate',
  score: 'Score',
  currency: 'Currency',
  ratio: 'Ratio',
};

export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
  up: 'Higher is better',
  down: 'Lower is better',
  maintain: 'Stay within a band',
};

export const KIND_LABELS: Readonly<Record<MetricKind, string>> = {
  lagging: 'Lagging outcome',
  leading: 'Leading indicator',
};

export const CADENCE_LABELS: Readonly<Record<Cadence, string>> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  semester: 'Each semester',
  annual: 'Annual',
};

export const DISAGGREGATION_LABELS: Readonly<Record<Disaggregation, string>> = {
  district: 'District only',
  school: 'By school',
  group: 'By student group',
  both: 'By school and student group',
};

export const PLAN_STATE_LABELS: Readonly<Record<PlanState, string>> = {
  draft: 'Draft',
  adopted: 'Adopted',
  archived: 'Archived',
};

export const UPDATE_CADENCE_LABELS: Readonly<Record<UpdateCadence, string>> = {
  weekly: 'Weekly',
  biweekly: 'Every two weeks',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
};

export const DECISION_LABELS: Readonly<Record<InitiativeDecision, string>> = {
  keep: 'Keep',
  adjust: 'Adjust',
  abandon: 'Abandon',
};

/** A kind in one word, shown before each title of the outline. */
export const KIND_WORDS: Readonly<Record<ItemKind, string>> = {
  priority: 'Priority',
  goal: 'Goal',
  strategy: 'Strategy',
  tactic: 'Tactic',
  guardrail: 'Guardrail',
  initiative: 'Initiative',
  metric: 'Metric',
};

export const ADD_LABELS: Readonly<Record<ItemKind, string>> = {
  priority: 'Add priority',
  goal: 'Add goal',
  strategy: 'Add strategy',
  tactic: 'Add tactic',
  guardrail: 'Add guardrail',
  initiative: 'Add initiative',
  metric: 'Add metric',
};

export const NEW_LABELS: Readonly<Record<ItemKind, string>> = {
  priority: 'New priority',
  goal: 'New goal',
  strategy: 'New strategy',
  tactic: 'New tactic',
  guardrail: 'New guardrail',
  initiative: 'New initiative',
  metric: 'New metric',
};

export const EDIT_LABELS: Readonly<Record<ItemKind, string>> = {
  priority: 'Edit priority',
  goal: 'Edit goal',
  strategy: 'Edit strategy',
  tactic: 'Edit tactic',
  guardrail: 'Edit guardrail',
  initiative: 'Edit initiative',
  metric: 'Edit metric',
};

export const DELETE_QUESTIONS: Readonly<Record<ItemKind, string>> = {
  priority: 'Delete this priority?',
  goal: 'Delete this goal?',
  strategy: 'Delete this strategy?',
  tactic: 'Delete this tactic?',
  guardrail: 'Delete this guardrail?',
  initiative: 'Delete this initiative?',
  metric: 'Delete this metric?',
};

/** What deleting takes with it (everything under it goes too: the database cascades). */
export const DELETE_WARNINGS: Readonly<Record<ItemKind, string>> = {
  priority: 'Its goals, their metrics with all their data, strategies and tactics are deleted too.',
  goal: 'Its metrics with all their data, its strategies and their tactics are deleted too.',
  strategy: 'Its tactics, with their milestones and check-ins, are deleted too.',
  tactic: 'Its milestones and check-ins are deleted too.',
  guardrail: 'Its metrics, with all their data, are deleted too.',
  initiative: 'Only the initiative is deleted; the goals it supports stay.',
  metric: 'Its baselines, targets and every measurement loaded for it are deleted too.',
};

/** "Ana Sofía Beltrán — Director of English Learner Services". */
export function personLabel(person: Person | undefined): string {
  if (!person) return '';
  return person.title ? `${person.name} — ${person.title}` : person.name;
}

/** Lower case without accents, so "beltran" finds "Beltrán". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The people whose name, title, department or email contain every word typed. */
export function matchPeople(people: readonly Person[], query: string, limit = 50): Person[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const found = people.filter((p) => {
    const text = fold([p.name, p.title ?? '', p.department ?? '', p.email].join(' '));
    return words.every((w) => text.includes(w));
  });
  return found.slice(0, limit);
}
