import { reorder } from './reorder';

describe('reorder', () => {
  const items = [
    { id: 'a', sortOrder: 0 },
    { id: 'b', sortOrder: 1 },
    { id: 'c', sortOrder: 2 },
  ];

  it('swaps an item with its neighbour, changing only those two', () => {
    expect(reorder(items, 'c', -1)).toEqual([
      { id: 'c', sortOrder: 1 },
      { id: 'b', sortOrder: 2 },
    ]);
    expect(reorder(items, 'a', 1)).toEqual([
      { id: 'b', sortOrder: 0 },
      { id: 'a', sortOrder: 1 },
    ]);
  });

  it('renumbers siblings that share a sortOrder', () => {
    const tied = items.map((i) => ({ ...i, sortOrder: 0 }));
    expect(reorder(tied, 'b', 1)).toEqual([
      { id: 'c', sortOrder: 1 },
      { id: 'b', sortOrder: 2 },
    ]);
  });

  it('does nothing past either end or for an unknown id', () => {
    expect(reorder(items, 'a', -1)).toEqual([]);
    expect(reorder(items, 'c', 1)).toEqual([]);
    expect(reorder(items, 'x', 1)).toEqual([]);
  });
});
