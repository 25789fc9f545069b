/** Issue 16: a kid without a name is "Unnamed kid" in the import preview too, as on every other screen. */
import { describe, expect, it } from 'vitest';
import { importSetup, sheet } from '../support/import-sheets';

describe('a kid without a name', () => {
  it('is "Unnamed kid" in the import preview, beside the age understood', () => {
    const { db, call } = importSetup();
    const preview = call(
      'import.preview',
      sheet(
        'signups.csv',
        'Timestamp,Your name,Email,Kids names,Kids ages\n11/2/2026 9:14:00,Priya ' +
          'Natarajan,priya@example.org,,2\n11/2/2026 9:20:00,Dana Reyes,dana@example.org,Mia,3\n',
      ),
    );
    expect(preview.rows.map((row) => row.kids.map((kid) => kid.label).join(', '))).toEqual([
      expect.stringMatching(/^Unnamed kid · /),
      expect.stringMatching(/^Mia · /),
    ]);
    db.close();
  });
});
