/** Nothing a row says is dropped: names in two columns, rosters of children, camp rosters, ages as of a day. */
import { describe, expect, it } from 'vitest';
import { fixture, importSetup, sheet } from '../support/import-sheets';

describe('import: nothing a row says is dropped', () => {
  it('combines a NAME column with a SURNAME column', () => {
    const { call, db } = importSetup();
    call('import.commit', fixture('name-surname.csv'));
    expect(db.prepare('SELECT parent_name FROM families ORDER BY id').pluck().all()).toEqual(['Ann Lee', 'Bo Chan']);
    db.close();
  });

  it('imports a roster of children as kids, the parent to fill in, ages as of the file’s date', () => {
    const { call, db } = importSetup();
    const params = { ...fixture('children-roster.csv'), fileDate: '2015-06-01' };
    const preview = call('import.preview', params);
    expect(preview.mapping).toEqual(['kidNames', 'kidLastName', 'kidAges']);
    expect(preview.warnings.join(' ')).toMatch(/looks like a list of children/);
    // A 2015 roster's "12" is counted from the file's date, not from today, and the preview says so.
    expect(preview).toMatchObject({ agesAsOf: '2015-06-01', agesAsOfNeeded: true });
    expect(preview.warnings.join(' ')).toMatch(
      /no sign-up times: kids' ages are counted as of 2015-06-01 \(the file's date\)/,
    );
    expect(preview.errors).toEqual([]);
    call('import.commit', params);
    expect(
      db
        .prepare(
          'SELECT f.parent_name, f.notes, k.name, k.birth_date FROM kids k JOIN families f ON f.id = k.family_id ORDER BY k.id',
        )
        .all(),
    ).toEqual([
      {
        parent_name: 'Parent of Mia Lee',
        notes: "The sheet was a list of children: the parent's name is to fill in.",
        name: 'Mia Lee',
        birth_date: '2010-12-01',
      },
      {
        parent_name: 'Parent of Leo Okafor',
        notes: "The sheet was a list of children: the parent's name is to fill in.",
        name: 'Leo Okafor',
        birth_date: '2002-12-01',
      },
      {
        parent_name: 'Parent of Noor de Vries',
        notes: "The sheet was a list of children: the parent's name is to fill in.",
        name: 'Noor de Vries',
        birth_date: '2011-12-01',
      },
    ]);
    db.close();
  });

  it('counts ages from the day the organizer confirms', () => {
    const { call, db } = importSetup();
    const preview = call('import.preview', {
      ...fixture('children-roster.csv'),
      fileDate: '2015-06-01',
      agesAsOf: '2016-06-01',
    });
    expect(preview.agesAsOf).toBe('2016-06-01');
    expect(preview.warnings.join(' ')).not.toMatch(/no sign-up times/);
    call('import.commit', { ...fixture('children-roster.csv'), agesAsOf: '2016-06-01' });
    expect(db.prepare("SELECT birth_date FROM kids WHERE name = 'Leo Okafor'").pluck().get()).toBe('2003-12-01');
    db.close();
  });

  it('imports a camp roster: the family contact, and each camper with first and last name and birth date', () => {
    const { call, db } = importSetup();
    const result = call('import.commit', fixture('camp-roster.csv'));
    expect(result.counts).toMatchObject({ familiesAdded: 2, kidsAdded: 3, rowsSkipped: 0 });
    expect(
      db
        .prepare(
          'SELECT f.parent_name, f.email, k.name, k.birth_date FROM kids k JOIN families f ON f.id = k.family_id ORDER BY k.id',
        )
        .all(),
    ).toEqual([
      { parent_name: 'Marta Silva', email: 'marta.silva@example.org', name: 'Lucas Silva', birth_date: '2017-05-14' },
      { parent_name: 'Jon Berg', email: 'jon.berg@example.org', name: 'Ella Berg', birth_date: '2016-02-23' },
      { parent_name: 'Jon Berg', email: 'jon.berg@example.org', name: 'Sam Berg', birth_date: '2018-09-03' },
    ]);
    db.close();
  });

  it('does not take an Eventbrite ticket holder’s own birth date for a kid', () => {
    const { call, db } = importSetup();
    const text =
      'Order #,Order Date,First Name,Last Name,Email,Attendee #,Attendee Status,Birth ' +
      'Date\n1,2026-09-28 14:02:11-07:00,Maria,Gonzalez,maria.g@example.org,9,Attending,1990-04-02\n';
    const preview = call('import.preview', sheet('eventbrite.csv', text));
    expect(preview.mapping.at(-1)).toBe('ignore');
    expect(preview.counts.kidsAdded).toBe(0);
    db.close();
  });

  it('says when the names are not people’s (an export of events), before anything is imported', () => {
    const { call, db } = importSetup();
    const preview = call('import.preview', fixture('eventbrite-events.csv'));
    expect(preview.nameDoubts).toEqual({
      count: 3,
      examples: [
        '#AnalyticsClub Virtual Job Fair',
        'Intro to Data Careers: Panel and Networking Night',
        '2024 Spring Hackathon',
      ],
    });
    expect(preview.warnings.join(' ')).toMatch(
      /^3 of the names do not look like people's names \("#AnalyticsClub Virtual Job Fair"/,
    );
    expect(call('import.preview', fixture('google-forms.csv')).nameDoubts).toBeNull();
    db.close();
  });
});
