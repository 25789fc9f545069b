import { describe, expect, it } from 'vitest';
import { AgeTextReader, dueMonthIn, parseAgeText, splitKidNames } from '../../shared/domain/import/age-text';

const ANCHOR = '2026-09-01';

describe('dueMonthIn: a baby on the way whose month is written elsewhere in the row', () => {
  it.each([
    ['Due in March!', '2027-03-01'],
    ['We are due mid-October, so maybe not every week', '2026-10-01'],
    ['Expecting in Jan 2027', '2027-01-01'],
    ['Allergies: none', null],
    ['March for the climate on Saturday', null],
  ])('%s → %s', (text, expected) => {
    expect(dueMonthIn(text, ANCHOR)).toBe(expected);
  });
});

describe('parseAgeText: ages as parents write them, anchored at the sign-up day', () => {
  it.each([
    // text, [birthDate, precision][]
    [
      '2 and 4',
      [
        ['2024-03-01', 'estimated-year'],
        ['2022-03-01', 'estimated-year'],
      ],
    ],
    [
      '2 & 4',
      [
        ['2024-03-01', 'estimated-year'],
        ['2022-03-01', 'estimated-year'],
      ],
    ],
    [
      '3, 5, 7',
      [
        ['2023-03-01', 'estimated-year'],
        ['2021-03-01', 'estimated-year'],
        ['2019-03-01', 'estimated-year'],
      ],
    ],
    ['18 months', [['2025-03-01', 'estimated-month']]],
    ['18mo', [['2025-03-01', 'estimated-month']]],
    ['18 mos', [['2025-03-01', 'estimated-month']]],
    ['6 wks', [['2026-07-21', 'estimated-month']]],
    ['6 weeks', [['2026-07-21', 'estimated-month']]],
    ['2y 3m', [['2024-06-01', 'estimated-month']]],
    ['2 years 3 months', [['2024-06-01', 'estimated-month']]],
    ['2.5', [['2024-03-01', 'estimated-month']]],
    ['2 1/2', [['2024-03-01', 'estimated-month']]],
    ['2½', [['2024-03-01', 'estimated-month']]],
    ['4 yrs old', [['2022-03-01', 'estimated-year']]],
    ['4 y/o', [['2022-03-01', 'estimated-year']]],
    [
      'twins (3)',
      [
        ['2023-03-01', 'estimated-year'],
        ['2023-03-01', 'estimated-year'],
      ],
    ],
    ['newborn', [['2026-09-01', 'estimated-month']]],
    [
      'bump + 2yo',
      [
        ['2027-02-01', 'estimated-month'],
        ['2024-03-01', 'estimated-year'],
      ],
    ],
    ['expecting in May', [['2027-05-01', 'month']]],
    ['due Oct', [['2026-10-01', 'month']]],
    ['due September', [['2026-09-01', 'month']]],
    [
      '4 and 18mo',
      [
        ['2022-03-01', 'estimated-year'],
        ['2025-03-01', 'estimated-month'],
      ],
    ],
    [
      'kids 6 wks & 2y 3m',
      [
        ['2026-07-21', 'estimated-month'],
        ['2024-06-01', 'estimated-month'],
      ],
    ],
    ['Due in March!', [['2027-03-01', 'month']]],
    // "almost 2" is a month or so short of 2.
    ['almost 2', [['2024-10-01', 'estimated-month']]],
    ['nearly 3', [['2023-10-01', 'estimated-month']]],
    ['almost 18 months', [['2025-04-01', 'estimated-month']]],
    ['2022-04-15', [['2022-04-15', 'day']]],
    ['04/15/2022', [['2022-04-15', 'day']]],
  ])('%s', (text, expected) => {
    const result = parseAgeText(text, ANCHOR, 'mdy');
    expect(result.unread).toEqual([]);
    expect(result.kids.map((kid) => [kid.birthDate, kid.birthPrecision])).toEqual(expected);
  });

  it.each([
    ['no idea', ['no idea']],
    ['2 and a banana', ['a banana']],
    ['25', ['25']],
    ['due whenever', ['due whenever']],
  ])('keeps what it cannot read verbatim: %s', (text, unread) => {
    expect(parseAgeText(text, ANCHOR).unread).toEqual(unread);
  });

  it('keeps the words each kid was read from', () => {
    expect(parseAgeText('18 months & 3', ANCHOR).kids.map((kid) => kid.asGiven)).toEqual(['18 months', '3']);
  });

  it('reads an ambiguous birth date in the order given', () => {
    expect(parseAgeText('03/04/2022', ANCHOR, 'mdy').kids[0]!.birthDate).toBe('2022-03-04');
    expect(parseAgeText('03/04/2022', ANCHOR, 'dmy').kids[0]!.birthDate).toBe('2022-04-03');
  });

  it('anchors at the sign-up day, so an age written a year ago is a year older today', () => {
    expect(parseAgeText('18 months', '2025-09-01').kids[0]!.birthDate).toBe('2024-03-01');
  });

  it('is empty for an empty cell', () => {
    expect(parseAgeText('  ', ANCHOR)).toEqual({ kids: [], unread: [] });
  });
});

describe('splitKidNames', () => {
  it.each([
    ['Mia, Leo', ['Mia', 'Leo']],
    ['Noor & Daan', ['Noor', 'Daan']],
    ['Tobi and Ada', ['Tobi', 'Ada']],
    ['Anika', ['Anika']],
    ['', []],
  ])('%s', (text, names) => {
    expect(splitKidNames(text)).toEqual(names);
  });
});

describe('AgeTextReader: what it has read, kept for the next rows', () => {
  const cells = ['2 and 4', '18 months', 'twins (3)', 'bump + 2yo', 'due Oct', '15.03.2024', 'no idea', '2', ''];
  it('answers as parseAgeText does, the first time and again, for each day and order', () => {
    const reader = new AgeTextReader();
    for (const round of [1, 2])
      for (const anchor of ['2026-09-01', '2026-10-15'] as const)
        for (const order of ['mdy', 'dmy'] as const)
          for (const text of cells)
            expect(reader.parse(text, anchor, order), `${text} (${round})`).toEqual(parseAgeText(text, anchor, order));
  });

  it('gives each answer its own kids, so one row cannot change another row’s', () => {
    const reader = new AgeTextReader();
    const first = reader.parse('twins (3)', '2026-09-01', 'mdy');
    first.kids[0]!.birthDate = '2000-01-01';
    const again = reader.parse('twins (3)', '2026-09-01', 'mdy');
    expect(again).toEqual(parseAgeText('twins (3)', '2026-09-01', 'mdy'));
    expect(again.kids[0]).not.toBe(again.kids[1]);
  });
});
