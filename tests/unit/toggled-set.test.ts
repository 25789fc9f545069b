import { describe, expect, it } from 'vitest';
import { toggled } from '../../renderer/src/components/toggled-set';

describe('toggled', () => {
  it.each([
    { set: [], item: 1, expected: [1] },
    { set: [1, 2], item: 3, expected: [1, 2, 3] },
    { set: [1, 2], item: 2, expected: [1] },
    { set: [5], item: 5, expected: [] },
  ])('toggles $item in $set', ({ set, item, expected }) => {
    expect([...toggled(new Set(set), item)].sort()).toEqual(expected);
  });

  it('leaves the set it was given as it was', () => {
    const before = new Set([1, 2]);
    toggled(before, 2);
    expect([...before]).toEqual([1, 2]);
  });
});
