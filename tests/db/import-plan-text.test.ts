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

/** The sizes of the strings at least `minLength` bytes long in this process's heap (after a full GC). */
function bigStringsInHeap(minLength: number): number[] {
  const file = v8.writeHeapSnapshot(path.join(makeTempDir(), 'plan.heapsnapshot'));
  const snapshot = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  fs.rmSync(file);
  const { node_fields: fields, node_types: nodeTypes } = snapshot.snapshot.meta;
  const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const stringType = nodeTypes[0].indexOf('string');
  const sizes: number[] = [];
  for (let node = 0; node < snapshot.nodes.length; node += fields.length) {
    const size = snapshot.nodes[node + sizeAt]!;
    if (snapshot.nodes[node + typeAt] === stringType && size >= minLength) sizes.push(size);
  }
  return sizes;
}

describe("a big sheet's plan and the sheet's text", () => {
  it('holds no piece of the text, so the text is let go once the plan is made', () => {
    // Long enough (5.6 MB) to be told apart from any other string in the process (the test's own sources).
    // Only the bytes are kept here (the sheet is ASCII: as many characters as bytes).
    const bytes = new TextEncoder().encode(googleFormsSheet(40_000, 0.2));
    const plan = planImport(
      { fileName: 'sign-ups.csv', bytes: () => bytes },
      { existing: [], rememberedMapping: () => null, today: '2026-11-30' },
      { keepRowsUpToChars: 0, compactFromRows: 1 },
    );
    expect(plan.families.length).toBeGreaterThan(30_000);
    expect(bigStringsInHeap(bytes.length)).toEqual([]);
    // Still planned in full while the text is gone: the names, emails and phones are the plan's own.
    expect(plan.families[0]!.current).toMatchObject({ parentName: 'Dana Reyes 0', email: 'parent0@example.org' });
  });
});
