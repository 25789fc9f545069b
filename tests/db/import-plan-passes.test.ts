/**
 * A sheet is parsed once when it is small enough to keep its rows between the two passes (issue 18), and
 * twice when it is not; a big sheet's plan is kept compact (repeated values shared, rows told apart by a
 * digest). Either way the plan is the same, down to each row's line, status and message.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planImport, type ExistingFamily } from '../../electron/core/import/import-plan';
import { FIXTURES } from '../support/import-sheets';
import { googleFormsSheet } from '../../scripts/bench/google-forms-sheet';

const existing: ExistingFamily[] = [
  {
    id: 7,
    parentName: 'Dana Reyes 3',
    email: 'PARENT3@example.org',
    phone: '',
    neighborhood: 'Area 3',
    notes: '',
    kids: [{ name: 'Noor', birthDate: '2023-04-01', birthPrecision: 'month' }],
  },
];

function planBothWays(fileName: string, text: string | Uint8Array) {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const plan = (keepRowsUpToChars: number, compactFromRows: number) => {
    try {
      return planImport(
        { fileName, bytes: () => bytes },
        { existing: structuredClone(existing), rememberedMapping: () => null, today: '2026-11-30' },
        { keepRowsUpToChars, compactFromRows },
      );
    } catch (error) {
      return { refused: (error as Error).message };
    }
  };
  // Kept and plain (a small sheet), against parsed twice and compact (a big one).
  return { kept: plan(Infinity, Infinity), parsedTwice: plan(0, 0) };
}

describe('import plan: one parse or two, compact or not, the same plan', () => {
  const fixtures = fs.readdirSync(FIXTURES);
  it.each(fixtures)('%s', (name) => {
    const { kept, parsedTwice } = planBothWays(name, fs.readFileSync(path.join(FIXTURES, name)));
    expect(kept).toEqual(parsedTwice);
  });

  it('a sheet with a title, blank rows, cells over several lines, repeats and errors', () => {
    const text =
      'Spring sign-ups\r\n\r\nName,Email,Ages,Notes\r\nAnn Lee,ann@example.org,2,"line one\r\nline two"\r\n\r\n' +
      ',,,\r\nAnn Lee,ann@example.org,2,"line one\r\nline two"\r\n,x@example.org,3,\r\nBo Chan,bo@example.org,"4, 6",\r\n';
    const { kept, parsedTwice } = planBothWays('spring.csv', text);
    expect(kept).toEqual(parsedTwice);
    expect('preview' in kept && kept.preview.rows.map((row) => [row.line, row.status])).toEqual([
      [4, 'new'],
      [8, 'duplicate'],
      [10, 'error'],
      [11, 'new'],
    ]);
  });

  it('a Google Forms sheet of 3,000 sign-ups with repeats and a family Village has', () => {
    const { kept, parsedTwice } = planBothWays('responses.csv', googleFormsSheet(3000, 0.2));
    expect(kept).toEqual(parsedTwice);
  });
});
