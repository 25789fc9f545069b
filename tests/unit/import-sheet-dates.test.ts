import { describe, expect, it } from 'vitest';
import { inferDateOrder, parseSheetDate } from '../../shared/domain/import/sheet-dates';

describe('parseSheetDate', () => {
  it.each([
    ['2024-03-15', 'mdy', '2024-03-15'],
    ['2024-03-15', 'dmy', '2024-03-15'],
    ['03/04/2022', 'mdy', '2022-03-04'],
    ['03/04/2022', 'dmy', '2022-04-03'],
    ['3/4/22', 'mdy', '2022-03-04'],
    ['15.03.2024', 'dmy', '2024-03-15'],
    ['9/1/2026 8:07:00', 'mdy', '2026-09-01'],
    ['2026/09/27 3:00:00 PM GMT+3', 'mdy', '2026-09-27'],
    ['2026-09-28 14:02:11-07:00', 'mdy', '2026-09-28'], // the day as written, not shifted to UTC
    ['2026-09-30T23:30:00-07:00', 'mdy', '2026-09-30'],
    ['09/20/2026 21:14', 'mdy', '2026-09-20'],
    // As people type them.
    ['23 -02- 2003', 'dmy', '2003-02-23'],
    ['23.02.2003', 'dmy', '2003-02-23'],
    ['23/2/03', 'dmy', '2003-02-23'],
    ['23 / 2 / 2003', 'dmy', '2003-02-23'],
    // Only one order makes it a real day: that one, whatever the file's order.
    ['23.02.2003', 'mdy', '2003-02-23'],
    ['02/30/2024', 'mdy', null], // not a real day
    ['13/13/2024', 'dmy', null],
    ['soon', 'mdy', null],
  ] as const)('%s (%s) → %s', (text, order, expected) => {
    expect(parseSheetDate(text, order)).toBe(expected);
  });
});

describe('inferDateOrder: from the whole file', () => {
  it.each([
    [['03/04/2022', '13/04/2022'], 'dmy', false],
    [['03/04/2022', '04/13/2022'], 'mdy', false],
    [['03/04/2022', '05/06/2021'], 'mdy', true],
    [['13/04/2022', '04/13/2022'], 'mdy', true], // contradictory: the organizer confirms
    [['2024-03-15'], 'mdy', true],
    [[], 'mdy', true],
  ] as const)('%j → %s (ambiguous: %s)', (samples, order, ambiguous) => {
    const guess = inferDateOrder(samples);
    expect(guess.order).toBe(order);
    expect(guess.ambiguous).toBe(ambiguous);
  });
});
