import type { PlanTree } from '@throughline/domain';
import { goalOptions, placeOf, withSortOrders } from './outline-model';

const node = (id: string, sortOrder: number, extra: object = {}) => ({ id, title: id.toUpperCase(), sortOrder, ...extra });
const tree = {
  plan: { id: 'plan' },
  priorities: [
    node('p1', 0, {
      goals: [
        node('g1', 0, {
          metrics: [{ id: 'm1', name: 'M1' }, { id: 'm2', name: 'M2' }],
          strategies: [node('s1', 0, { tactics: [{ id: 't1', title: 'T1' }, { id: 't2', title: 'T2' }] })],
        }),
        node('g2', 1, { metrics: [], strategies: [] }),
      ],
    }),
    node('p2', 1, { goals: [] }),
  ],
  guardrails: [{ id: 'r1', statement: 'R1', sortOrder: 0, metrics: [{ id: 'm3', name: 'M3' }] }],
} as unknown as PlanTree;

describe('placeOf', () => {
  it('finds each kind with its siblings, parent and ancestors', () => {
    expect(placeOf(tree, [], 'priority', 'p2')).toMatchObject({ title: 'P2', parentId: 'plan', ancestors: [] });
    expect(placeOf(tree, [], 'goal', 'g2')).toMatchObject({ parentId: 'p1', ancestors: ['p1'] });
    expect(placeOf(tree, [], 'metric', 'm2')).toMatchObject({ title: 'M2', parentId: 'g1', siblings: [{ id: 'm1' }, { id: 'm2' }], ancestors: ['p1', 'g1'] });
    expect(placeOf(tree, [], 'metric', 'm3')).toMatchObject({ parentId: 'r1', ancestors: ['r1'] });
    expect(placeOf(tree, [], 'tactic', 't2')).toMatchObject({ title: 'T2', parentId: 's1', ancestors: ['p1', 'g1', 's1'] });
    expect(placeOf(tree, [], 'guardrail', 'r1')).toMatchObject({ title: 'R1', parentId: 'plan' });
  });

  it('answers undefined for an item that is gone or of another kind', () => {
    expect(placeOf(tree, [], 'goal', 'p1')).toBeUndefined();
    expect(placeOf(tree, [], 'tactic', 'nope')).toBeUndefined();
  });
});

describe('withSortOrders', () => {
  it('takes known sort orders from the tree and the others from what was fetched', () => {
    const place = placeOf(tree, [], 'tactic', 't1');
    if (!place) throw new Error('t1 has no place');
    expect(withSortOrders(place, [{ id: 't2', sortOrder: 5 }])).toEqual([
      { id: 't1', sortOrder: 0 },
      { id: 't2', sortOrder: 5 },
    ]);
  });
});

describe('goalOptions', () => {
  it('lists every goal of the plan', () => {
    expect(goalOptions(tree).map((g) => g.id)).toEqual(['g1', 'g2']);
    expect(goalOptions(undefined)).toEqual([]);
  });
});
