import { describe, expect, it } from 'vitest';
import { looksLikePersonName, NameDoubtCounter } from '../../shared/domain/import/person-names';

describe('looksLikePersonName', () => {
  it.each([
    ['Sarah Johnson', true],
    ['Chloé O’Brien-Lee', true],
    ['Maria de la Cruz Gonzalez', true],
    ['Priya', true],
    ['#AnalyticsClub Virtual Job Fair', false],
    ['2026 Spring Gala', false],
    ['Ann Lee 2', false],
    ['ann@example.org', false],
    ['Introduction to Machine Learning for Product Managers and Designers', false],
    ['Free Family Yoga in the Park every Saturday', false],
    ['', false],
  ])('%s → %s', (name, expected) => {
    expect(looksLikePersonName(name)).toBe(expected);
  });
});

describe('NameDoubtCounter', () => {
  it.each([
    // names, doubted count (null: the names look like people)
    [['Ann Lee', 'Bo Chan', 'Cy Oh', 'Di Ng', 'Ed Wu', 'Room 2'], null],
    [['Ann Lee', '#Meetup Night', '2026 Gala'], 2],
    [['#A', '#B', '#C', '#D'], 4],
  ])('%j → %s', (names, count) => {
    const counter = new NameDoubtCounter();
    for (const name of names) counter.add(name);
    expect(counter.result()?.count ?? null).toBe(count);
  });
});
