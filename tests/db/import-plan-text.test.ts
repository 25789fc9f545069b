/**
 * A big sheet's plan keeps nothing that points into the sheet's text (issue 18): once planned, the 14 MB
 * of a 100,000-row sheet's text are let go before the rows are written. Read from a heap snapshot of this
 * process: no string as long as the text is left once the plan is all that is held.
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../electron/core/import/import-plan';
import { googleFormsSheet } from '../../scripts/bench/google-forms-sheet';
import { makeTempDir } from '../support/temp-db';

/**
 * What this process holds after a full garbage collection (a heap snapshot makes one): the sizes of the
 * strings at least `minLength` bytes long in V8's heap, and the memory held outside it (where Node keeps a
 * big Latin-1 text as an external string).
 */
function heldAfterFullGc(minLength: number): { bigStrings: number[]; external: number } {
  const file = v8.writeHeapSnapshot(path.join(makeTempDir(), 'plan.heapsnapshot'));
  const { external } = process.memoryUsage();
  const snapshot = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  fs.rmSync(file);
  const { node_fields: fields, node_types: nodeTypes } = snapshot.snapshot.meta;
  const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const stringType = nodeTypes[0].indexOf('string');
  const bigStrings: number[] = [];
  for (let node = 0; node < snapshot.nodes.length; node += fields.length) {
    const size = snapshot.nodes[node + sizeAt]!;
    if (snapshot.nodes[node + typeAt] === stringType && size >= minLength) bigStrings.push(size);
  }
  return { bigStrings, external };
}

describe("a big sheet's plan and the sheet's text", () => {
  it.each([
    // ASCII, decoded to text Node keeps outside V8's heap.
    ['an ASCII sheet', 'Dana Reyes 0'],
    // With an accent, decoded to text in V8's heap.
    ['a sheet with accents', 'Dána Reyes 0'],
  ])('holds no piece of the text of %s, so the text is let go once the plan is made', (_, firstName) => {
    // Long enough (5.6 MB) to be told apart from any other string in the process (the test's own sources).
    // Only the bytes are kept here.
    const bytes = new TextEncoder().encode(googleFormsSheet(40_000, 0.2).replace('Dana Reyes 0', firstName));
    const before = heldAfterFullGc(bytes.length);
    const plan = planImport(
      { fileName: 'sign-ups.csv', bytes: () => bytes },
      { existing: [], rememberedMapping: () => null, today: '2026-11-30' },
      { keepRowsUpToChars: 0, compactFromRows: 1 },
    );
    expect(plan.families.length).toBeGreaterThan(30_000);
    const after = heldAfterFullGc(bytes.length);
    expect(after.bigStrings).toEqual([]);
    expect(after.external - before.external).toBeLessThan(bytes.length / 2);
    // Still planned in full while the text is gone: the names, emails and phones are the plan's own.
    expect(plan.families[0]!.current).toMatchObject({ parentName: firstName, email: 'parent0@example.org' });
  });
});
