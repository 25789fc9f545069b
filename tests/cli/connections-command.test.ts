import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api/dispatch';
import { openDatabase } from '../../electron/core/db/open-database';
import { addSession } from '../support/seed-sessions';
import { village } from '../support/run-cli';
import { tempDbPath } from '../support/temp-db';

/** Ana and Mei came to three 90-minute sessions together; Bo came to the first with them. */
function seeded() {
  const databasePath = tempDbPath();
  const db = openDatabase(databasePath);
  const dispatch = createDispatch({ db, databasePath, version: 'test' }, () => undefined);
  const create = (parentName: string, neighborhood: string, birthDate: string) => {
    const result = dispatch('families.create', {
      parentName,
      neighborhood,
      consentShareContact: true,
      kids: [{ name: 'Kid', birthDate, birthPrecision: 'day' }],
    });
    if (!result.ok) throw new Error(result.error.message);
    return (result.value as { id: number }).id;
  };
  const ana = create('Ana Diaz', 'Sellwood', '2024-01-10');
  const mei = create('Mei Chen', 'Sellwood', '2024-03-10');
  const bo = create('Bo Lund', 'St Johns', '2021-06-10');
  for (const [date, families] of [
    ['2026-01-05', [ana, mei, bo]],
    ['2026-01-12', [ana, mei]],
    ['2026-01-19', [ana, mei]],
  ] as const) {
    const sessionId = addSession(db, { date });
    for (const familyId of families) dispatch('attendance.checkIn', { sessionId, familyId });
  }
  db.close();
  return { databasePath, ana, mei, bo };
}

describe('village connections', () => {
  it('pairs: time together, most first, optionally for one family', async () => {
    const { databasePath, ana, mei, bo } = seeded();
    const all = await village('connections', 'pairs', '--db', databasePath);
    expect(all).toMatchObject({ code: 0, err: [] });
    expect(all.out).toEqual([
      `#${ana} Ana Diaz & #${mei} Mei Chen · 3 sessions, 4 h 30 m together · 4.5 of ~50 hours to casual friends`,
      `#${ana} Ana Diaz & #${bo} Bo Lund · 1 session, 1 h 30 m together · 1.5 of ~50 hours to casual friends`,
      `#${mei} Mei Chen & #${bo} Bo Lund · 1 session, 1 h 30 m together · 1.5 of ~50 hours to casual friends`,
    ]);
    const one = await village('connections', 'pairs', '--family', String(bo), '--json', '--db', databasePath);
    expect(JSON.parse(one.out.join('\n'))).toMatchObject([
      { familyId: bo, otherFamilyId: ana, sessions: 1, minutes: 90 },
      { familyId: bo, otherFamilyId: mei, sessions: 1, minutes: 90 },
    ]);
    expect(await village('connections', 'pairs', '--family', 'Ana', '--db', databasePath)).toMatchObject({ code: 2 });
    // A family that does not exist is said so, not "no two families have met".
    expect(await village('connections', 'pairs', '--family', '9999', '--db', databasePath)).toEqual({
      code: 1,
      out: [],
      err: ['village: That family no longer exists; it may have been deleted. (field: familyId)'],
    });
  });

  it('circles: proposed with reasons, the same each run; bad options name their field', async () => {
    const { databasePath, ana, mei, bo } = seeded();
    const run = await village(
      'connections',
      'circles',
      '--size',
      '2',
      '--max-age-gap-months',
      '6',
      '--on',
      '2026-03-01',
      '--db',
      databasePath,
    );
    expect(run).toMatchObject({ code: 0, err: [] });
    expect(run.out).toEqual([
      'Circles of about 2 families, kids within 6 months on 2026-03-01 (seed 12)',
      '',
      // Three families make one circle rather than a pair and one left alone.
      'Circle 1 · 3 families · score -8.5',
      '  kids 1 y 11 m – 4 y 8 m · Sellwood and St Johns · 2 of 3 have met twice · all agreed to share contacts',
      `  #${ana} Ana Diaz (Sellwood)`,
      `  #${mei} Mei Chen (Sellwood)`,
      `  #${bo} Bo Lund (St Johns)`,
    ]);
    const json = await village('connections', 'circles', '--json', '--on', '2026-03-01', '--db', databasePath);
    const again = await village('connections', 'circles', '--json', '--on', '2026-03-01', '--db', databasePath);
    expect(JSON.parse(json.out.join('\n'))).toMatchObject({
      on: '2026-03-01',
      size: 5,
      circles: [{ families: [{ familyId: ana }, { familyId: mei }, { familyId: bo }] }],
    });
    expect(again.out).toEqual(json.out);
    for (const [option, value, message] of [
      ['--size', '1', 'The circle size must be at least 2 families. (field: size)'],
      ['--size', '13', 'The circle size must be at most 12 families. (field: size)'],
      ['--size', 'five', 'The circle size must be a number. (field: size)'],
      ['--max-age-gap-months', '-3', 'The age gap cannot be below 0 months. (field: maxAgeGapMonths)'],
      ['--on', 'soon', 'The circle date must be a real day written like 2024-03-15. (field: on)'],
    ]) {
      // --option=value, so a negative number is read as the value, not as another option.
      expect(await village('connections', 'circles', `${option}=${value}`, '--db', databasePath)).toEqual({
        code: 1,
        out: [],
        err: [`village: ${message}`],
      });
    }
  });

  it('unconnected: who keeps coming without connecting', async () => {
    const { databasePath, ana, mei, bo } = seeded();
    const run = await village('connections', 'unconnected', '--db', databasePath);
    // Each with her best matches: the other Sellwood family first (kids 2 months apart), then Bo far away.
    expect(run.out).toEqual([
      `#${ana} Ana Diaz · came 3 times, under 5 hours with anyone`,
      expect.stringMatching(new RegExp(`^  introduce to #${mei} Mei Chen — .+ · also Sellwood · 3 visits$`)),
      expect.stringMatching(new RegExp(`^  introduce to #${bo} Bo Lund — .+ · 1 visit$`)),
      `#${mei} Mei Chen · came 3 times, under 5 hours with anyone`,
      expect.stringMatching(new RegExp(`^  introduce to #${ana} Ana Diaz — .+ · also Sellwood · 3 visits$`)),
      expect.stringMatching(new RegExp(`^  introduce to #${bo} Bo Lund — .+ · 1 visit$`)),
    ]);
    const json = await village('connections', 'unconnected', '--json', '--db', databasePath);
    expect(JSON.parse(json.out.join('\n'))).toMatchObject([
      { familyId: ana, visits: 3 },
      { familyId: mei, visits: 3 },
    ]);
  });

  it('neighbors: marks, lists and unmarks neighboring neighborhoods, which circles then use; bad pairs name the option', async () => {
    const { databasePath } = seeded();
    expect(await village('connections', 'neighbors', '--db', databasePath)).toEqual({
      code: 0,
      out: ['No neighborhoods are marked as next to each other yet.'],
      err: [],
    });
    expect(await village('connections', 'neighbors', '--add', 'st johns = SELLWOOD', '--db', databasePath)).toEqual({
      code: 0,
      out: ['Sellwood = St Johns'],
      err: [],
    });
    const circles = await village('connections', 'circles', '--size', '2', '--on', '2026-03-01', '--db', databasePath);
    expect(circles.out[3]).toBe(
      '  kids 1 y 11 m – 4 y 8 m · neighboring Sellwood and St Johns · 2 of 3 have met twice · all agreed to share contacts',
    );
    const typo = await village('connections', 'neighbors', '--add', 'Selwood=Moreland', '--json', '--db', databasePath);
    expect(JSON.parse(typo.out.join('\n'))).toEqual([
      { neighborhood: 'moreland', other: 'selwood' },
      { neighborhood: 'Sellwood', other: 'St Johns' },
    ]);
    const warned = await village('connections', 'neighbors', '--add', 'Sellwood=Moreland', '--db', databasePath);
    expect(warned).toMatchObject({ code: 0, err: ['Note: no family lives in "Moreland" yet; check the spelling.'] });
    expect(
      await village('connections', 'neighbors', '--remove', 'Selwood=Moreland', '--remove', 'x', '--db', databasePath),
    ).toMatchObject({ code: 2 });
    expect(
      await village('connections', 'neighbors', '--remove', 'Selwood=Moreland', '--db', databasePath),
    ).toMatchObject({ code: 0, out: ['moreland = Sellwood', 'Sellwood = St Johns'] });
    for (const [option, value] of [
      ['--add', 'Sellwood'],
      ['--add', '=Sellwood'],
      ['--remove', 'Sellwood= '],
      ['--add', 'A=B=C'],
    ] as const) {
      expect(await village('connections', 'neighbors', option, value, '--db', databasePath)).toEqual({
        code: 2,
        out: [],
        err: [
          `village: ${option} needs two neighborhoods joined by "=", like ${option} "Sellwood=Westmoreland". Run "village --help" for the commands.`,
        ],
      });
    }
    expect(await village('connections', 'neighbors', '--add', 'Sellwood= sellwood', '--db', databasePath)).toEqual({
      code: 1,
      out: [],
      err: ['village: A neighborhood is already next to itself; choose two different ones. (field: other)'],
    });
  });
});
