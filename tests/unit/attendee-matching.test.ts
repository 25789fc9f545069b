import { describe, expect, it } from 'vitest';
import {
  attendeeRows,
  indexFamilies,
  matchAttendee,
  planColumns,
  type MatchableFamily,
} from '../../shared/domain/attendance/attendee-matching';

const FAMILIES: MatchableFamily[] = [
  { id: 1, parentName: 'Maria Gonzalez', secondParentName: '', email: 'Maria.G@Example.org', phone: '' },
  { id: 2, parentName: "Chloé O'Brien", secondParentName: 'Sam Lee', email: '', phone: '+1 (555) 201-3344' },
  { id: 3, parentName: 'Aisha Bello', secondParentName: '', email: '', phone: '' },
  { id: 4, parentName: 'Emma Larsen', secondParentName: '', email: 'shared@example.org', phone: '' },
  { id: 5, parentName: 'Emma Larsen', secondParentName: '', email: 'shared@example.org', phone: '' },
];

describe('attendee matching', () => {
  it.each([
    { name: 'Meetup', headers: ['Name', 'User ID', 'Title', 'RSVP'], expected: { name: 0 } },
    {
      name: 'Eventbrite',
      headers: ['Order #', 'First Name', 'Last Name', 'Email', 'Attendee #'],
      expected: { first: 1, last: 2, email: 3 },
    },
    { name: 'a phone column', headers: ['Full name', 'Phone number'], expected: { name: 0, phone: 1 } },
    { name: 'no name column', headers: ['Order #', 'Email'], expected: null },
  ])('reads the $name header', ({ headers, expected }) => {
    expect(planColumns(headers)).toEqual(expected);
  });

  it('turns cells into rows with their line numbers, skipping blank rows', () => {
    const cells = [
      ['First Name', 'Last Name', 'Email'],
      ['Maria', 'Gonzalez', 'maria.g@example.org'],
      ['', '', ''],
      ['Ana', '', ''],
    ];
    expect(attendeeRows(cells, planColumns(cells[0]!)!)).toEqual([
      { line: 2, name: 'Maria Gonzalez', email: 'maria.g@example.org', phone: '' },
      { line: 4, name: 'Ana', email: '', phone: '' },
    ]);
  });

  const index = indexFamilies(FAMILIES);
  it.each([
    { row: { name: 'Someone Else', email: ' MARIA.G@example.org', phone: '' }, expected: { familyId: 1, by: 'email' } },
    {
      row: { name: 'C. OBrien', email: 'other@example.org', phone: '555.201.3344' },
      expected: { familyId: 2, by: 'phone' },
    },
    { row: { name: 'chloe obrien', email: '', phone: '' }, expected: { familyId: 2, by: 'name' } },
    { row: { name: 'Sam Lee', email: '', phone: '' }, expected: { familyId: 2, by: 'name' } },
    { row: { name: 'Aisha Bello', email: 'new@example.org', phone: '' }, expected: { familyId: 3, by: 'name' } },
    // Two families share the email and the name: ambiguous keys never match.
    { row: { name: 'Emma Larsen', email: 'shared@example.org', phone: '' }, expected: null },
    { row: { name: 'Nobody Known', email: '', phone: '123' }, expected: null },
  ])('matches $row.name / $row.email / $row.phone → $expected', ({ row, expected }) => {
    expect(matchAttendee({ line: 2, ...row }, index)).toEqual(expected);
  });
});
