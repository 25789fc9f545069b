/** The preview shows what Village understood: kids as ages, rows to look at, columns worth mapping. */
import { describe, expect, it } from 'vitest';
import { summarizeCounts } from '../../shared/domain/import/import-preview';
import { fixture, importSetup, sheet } from '../support/import-sheets';

describe('import preview: what Village understood', () => {
  it('shows each kid as understood, with the words it was read from', () => {
    const { call, db } = importSetup();
    const preview = call('import.preview', fixture('google-forms.csv'));
    const lena = preview.rows.find((row) => row.parentName === 'Lena Kowalski')!;
    expect(lena.kids).toEqual([
      { label: 'Unnamed kid · due Mar 2027', asGiven: 'bump' },
      { label: expect.stringMatching(/^Oskar · ≈ \d+ y$/), asGiven: '2yo' },
    ]);
    const sam = preview.rows.find((row) => row.parentName === 'Sam Okafor')!;
    expect(sam.kids.map((kid) => kid.asGiven)).toEqual(['3', '5', '7']);
    db.close();
  });

  it('marks a row that joins an earlier row of the sheet as the same family, not as an update', () => {
    const { call, db } = importSetup();
    const preview = call('import.preview', fixture('google-forms.csv'));
    expect(preview.rows.map((row) => row.status)).toEqual(['new', 'new', 'new', 'joins', 'new']);
    // "Update" means a family Village already has, counted in "changed"; none here.
    expect(summarizeCounts(preview.counts)).toBe('4 new, 0 changed');
    db.close();
  });

  it('counts the rows that need a look: errors, values kept in the notes, possible matches', () => {
    const { call, db } = importSetup();
    const text =
      'Name,Email,Ages\nAnn Lee,ann@example.org,2\nBo Chan,bo@example.org,no idea\n,,\n,x@example.org,3\nAnn Lee,ann.lee@work.example,4\n';
    const preview = call('import.preview', sheet('a.csv', text));
    expect(preview.rowsToCheck).toEqual({ count: 3, lines: [3, 5, 6] });
    db.close();
  });

  it('suggests mapping a column that holds ages to "Kids\' ages"', () => {
    const { call, db } = importSetup();
    const preview = call('import.preview', fixture('signupgenius.csv'));
    expect(preview.mapping[9]).toBe('notes');
    expect(preview.suggestions).toEqual([
      {
        column: 9,
        field: 'kidAges',
        message: 'The column "Sign Up Comment" seems to hold kids\' ages ("bringing twins (3), and snacks").',
      },
    ]);
    const mapped = call('import.preview', {
      ...fixture('signupgenius.csv'),
      mapping: preview.mapping.map((field, column) => (column === 9 ? 'kidAges' : field)),
    });
    expect(mapped.suggestions).toEqual([]);
    expect(mapped.counts.kidsAdded).toBe(4);
    db.close();
  });
});
