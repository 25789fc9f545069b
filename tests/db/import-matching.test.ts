/**
 * Two different families never become one: which rows of a sheet (and which families Village already
 * has) are the same family, and what happens to the values a matched row replaces.
 */
import { describe, expect, it } from 'vitest';
import { fixture, importSetup, sheet } from '../support/import-sheets';

describe('import matching: two different families never become one', () => {
  it('keeps two parents of the same name apart when their emails differ, and shows the possible match', () => {
    const { call, db } = importSetup();
    const preview = call('import.preview', fixture('same-name-parents.csv'));
    expect(preview.rows.map((row) => [row.line, row.status])).toEqual([
      [2, 'new'],
      [3, 'new'],
      [4, 'duplicate'],
    ]);
    expect(preview.rows[1]!.message).toBe('Possible match: Sarah Johnson, sarah.johnson@example.org (line 2).');
    expect(preview.rows[1]!.possibleMatch).toBe(true);
    call('import.commit', fixture('same-name-parents.csv'));
    // The email is kept as first written; the upper-case spelling of a later row only matches it.
    expect(db.prepare('SELECT parent_name, email, phone FROM families ORDER BY id').all()).toEqual([
      { parent_name: 'Sarah Johnson', email: 'sarah.johnson@example.org', phone: '555-201-0001' },
      { parent_name: 'Sarah Johnson', email: 'sarah.j.lee@example.org', phone: '555-301-0002' },
    ]);
    // And the duplicates review suggests the pair for the organizer to merge or keep apart.
    const duplicates = call('families.duplicates', {});
    expect(duplicates.suggestions.map((pair) => pair.families.map((family) => family.email))).toEqual([
      ['sarah.johnson@example.org', 'sarah.j.lee@example.org'],
    ]);
    db.close();
  });

  it.each([
    // existing family, row, same family?
    [
      'same email, other phone',
      { email: 'ann@example.org', phone: '555-1000' },
      'Ann Lee,ANN@example.org,555-9999,,',
      'update',
    ],
    [
      'same phone, no email on one side',
      { email: '', phone: '555-1000' },
      'Ann Lee,ann@example.org,(555) 1000,,',
      'update',
    ],
    [
      'same phone, different emails',
      { email: 'ann@example.org', phone: '555-1000' },
      'Ann Lee,ann.lee@work.example,555-1000,,',
      'new',
    ],
    ['same name and kid, no contact', { email: '', phone: '' }, 'Ann Lee,,,Mia,2', 'duplicate'],
    ['same name and kid, phones differ', { email: '', phone: '555-1000' }, 'Ann Lee,,555-2000,Mia,2', 'new'],
    ['same name, kid named alike but years apart', { email: '', phone: '' }, 'Ann Lee,,,Mia,7', 'new'],
    ['same name, kid unnamed', { email: '', phone: '' }, 'Ann Lee,,,,2', 'new'],
  ])('%s', (_, contact, row, status) => {
    const { call, db } = importSetup();
    call('families.create', {
      parentName: 'Ann Lee',
      ...contact,
      kids: [{ name: 'Mia', birthDate: '2024-06-01', birthPrecision: 'day' }],
    });
    const preview = call('import.preview', {
      ...sheet('a.csv', `Name,Email,Phone,Kid name,Age\n${row}\n`),
      agesAsOf: '2026-09-01',
    });
    expect(preview.rows[0]!.status).toBe(status);
    if (status === 'new') {
      expect(preview.rows[0]!.message).toMatch(/^Possible match: Ann Lee/);
      // What the preview flagged, the duplicates review lists, for her to merge or keep apart.
      call('import.commit', { ...sheet('a.csv', `Name,Email,Phone,Kid name,Age\n${row}\n`), agesAsOf: '2026-09-01' });
      expect(
        call('families.duplicates', {}).suggestions.map((pair) => pair.families.map((family) => family.parentName)),
      ).toEqual([['Ann Lee', 'Ann Lee']]);
    }
    db.close();
  });

  it('does not list two families in the duplicates review on a parent name alone', () => {
    const { call, db } = importSetup();
    call('families.create', {
      parentName: 'Ann Lee',
      email: '',
      phone: '',
      kids: [{ name: 'Mia', birthDate: '2024-06-01', birthPrecision: 'day' }],
    });
    call('import.commit', {
      ...sheet('a.csv', 'Name,Email,Phone,Kid name,Age\nAnn Lee,,,Otto,5\nAnn Lee,ann@example.org,,,\n'),
      agesAsOf: '2026-09-01',
    });
    expect(call('families.duplicates', {}).suggestions).toEqual([]);
    db.close();
  });

  it('shows a replaced phone as old → new, keeps the old one in the family, and undo restores it', () => {
    const { call, db } = importSetup();
    call('families.create', { parentName: 'Ann Lee', email: 'ann@example.org', phone: '555-1000', kids: [] });
    const text = 'Name,Email,Phone\nAnn Lee,ann@example.org,555-2000\n';
    const preview = call('import.preview', sheet('spring.csv', text));
    expect(preview.rows[0]).toMatchObject({ status: 'update', changes: ['phone 555-1000 → 555-2000'] });
    const { batchId } = call('import.commit', sheet('spring.csv', text));
    const family = db.prepare('SELECT phone, notes FROM families').get() as { phone: string; notes: string };
    expect(family.phone).toBe('555-2000');
    expect(family.notes).toMatch(/^Earlier phone \(replaced by spring\.csv on \d{4}-\d{2}-\d{2}\): 555-1000$/);
    call('import.undo', { batchId });
    expect(db.prepare('SELECT phone, notes FROM families').get()).toEqual({ phone: '555-1000', notes: '' });
    db.close();
  });

  it('keeps twins on two rows as two kids', () => {
    const { call, db } = importSetup();
    const result = call('import.commit', fixture('twins-two-rows.csv'));
    expect(result.counts).toMatchObject({ familiesAdded: 1, kidsAdded: 2, duplicates: 0 });
    expect(db.prepare('SELECT birth_date FROM kids').pluck().all()).toEqual(['2021-05-14', '2021-05-14']);
    // Importing the same file again adds nothing.
    expect(call('import.preview', fixture('twins-two-rows.csv')).counts).toMatchObject({
      familiesAdded: 0,
      familiesUpdated: 0,
      kidsAdded: 0,
      duplicates: 2,
    });
    db.close();
  });

  it('takes a sign-up sent twice (kids unnamed, the same ages) as the same kids', () => {
    const { call, db } = importSetup();
    const text =
      'Timestamp,Name,Email,Ages\n9/1/2026 8:00:00,Dana Reyes,dana@example.org,2 and 4\n9/5/2026 9:00:00,dana reyes,DANA@example.org,2 and 4\n';
    const preview = call('import.preview', sheet('twice.csv', text));
    expect(preview.rows.map((row) => [row.status, row.message])).toEqual([
      ['new', ''],
      ['duplicate', 'Same family as line 2.'],
    ]);
    expect(preview.counts.kidsAdded).toBe(2);
    db.close();
  });

  it('counts rows identical in every cell as duplicates', () => {
    const { call, db } = importSetup();
    const preview = call('import.preview', fixture('repeated-rows.csv'));
    expect(preview.rows.map((row) => [row.status, row.message])).toEqual([
      ['new', ''],
      ['new', ''],
      ['duplicate', 'Same as line 2.'],
      ['duplicate', 'Same as line 2.'],
    ]);
    expect(call('import.commit', fixture('repeated-rows.csv')).counts).toMatchObject({
      familiesAdded: 2,
      duplicates: 2,
    });
    db.close();
  });
});
