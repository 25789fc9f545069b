/** The one contract joins each area's methods: every method of every group is there, none replaced by another. */
import { describe, expect, it } from 'vitest';
import { METHOD_GROUPS, METHOD_NAMES, methods } from '../../shared/api/contract';

describe('the API contract', () => {
  const declared = Object.entries(METHOD_GROUPS).flatMap(([group, groupMethods]) =>
    Object.keys(groupMethods).map((name) => ({ group, name })),
  );

  it('is the method groups added up: no name declared twice, so none silently replaces another', () => {
    const groupsOf = new Map<string, string[]>();
    for (const { group, name } of declared) groupsOf.set(name, [...(groupsOf.get(name) ?? []), group]);
    const repeated = [...groupsOf]
      .filter(([, groups]) => groups.length > 1)
      .map(([name, groups]) => `${name} (in ${groups.join(' and ')})`);
    expect(repeated).toEqual([]);
    expect(METHOD_NAMES).toHaveLength(declared.length);
    expect([...METHOD_NAMES].sort()).toEqual(declared.map(({ name }) => name).sort());
  });

  it('serves each name with the spec its group declared', () => {
    for (const [, groupMethods] of Object.entries(METHOD_GROUPS)) {
      for (const [name, spec] of Object.entries(groupMethods))
        expect(methods[name as keyof typeof methods], name).toBe(spec);
    }
  });
});
