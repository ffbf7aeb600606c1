import type { Person } from '@throughline/domain';
import * as LABELS from './labels';
import { matchPeople, personLabel } from './labels';
import { PLAN_EDITOR_ES } from './plan-editor.es';
import { PROBLEM_TEXTS } from './server-errors';
import { CONFLICT_TEXT } from './write-state';

// Texts the editor translates from variables (so the coverage spec, which reads literals, cannot see them).
const DYNAMIC = [
  ...Object.values(LABELS).flatMap((value) => (typeof value === 'object' ? Object.values(value as Record<string, string>) : [])),
  ...Object.values(PROBLEM_TEXTS),
  CONFLICT_TEXT,
  'Saved.',
  'Deleted.',
  'Saved. Now set its baseline and yearly targets.',
  'Targets saved.',
  'Some series were not saved: see the messages in the grid.',
  'A target cannot be removed: enter a value.',
  'Moved up: {name}',
  'Moved down: {name}',
  'Owner',
  'Owner (optional)',
  'Data steward',
  'Value {n}',
  'Learner profile trait {n}',
  'Add a value',
  'Add a trait',
  'Values',
  'Value in Spanish {n}',
  'Add a value in Spanish',
  'Values in Spanish',
  'In the same order as the English values; leave the list empty to show the English.',
  'Learner profile',
  'A few words, e.g. Early literacy and numeracy',
  'The percentage of <students> who <outcome> will increase from <baseline> to <target> by <date>',
  'How the district will reach the goal',
  'The superintendent will not allow …',
];

describe('the plan editor in Spanish', () => {
  it('translates every text it shows from a variable', () => {
    expect(DYNAMIC.filter((text) => !(text in PLAN_EDITOR_ES))).toEqual([]);
  });
});

const person = (name: string, title: string, department: string): Person => ({
  id: name,
  name,
  email: `${name.split(' ')[0]?.toLowerCase()}@example.org`,
  title,
  department,
  supervisorId: null,
  preferredLanguage: 'en',
  active: true,
});

describe('matchPeople', () => {
  const people = [person('Ana Sofía Beltrán', 'Director of English Learner Services', 'EL'), person('Keisha Monroe', 'Chief of Staff', 'Office')];

  it('finds people by any words of their name, title or department, ignoring accents and case', () => {
    expect(matchPeople(people, 'beltran').map((p) => p.name)).toEqual(['Ana Sofía Beltrán']);
    expect(matchPeople(people, 'chief keisha').map((p) => p.name)).toEqual(['Keisha Monroe']);
    expect(matchPeople(people, '')).toHaveLength(2);
    expect(matchPeople(people, 'nobody')).toEqual([]);
  });

  it('labels a person with their title', () => {
    expect(personLabel(people[1])).toBe('Keisha Monroe — Chief of Staff');
    expect(personLabel(undefined)).toBe('');
  });
});
