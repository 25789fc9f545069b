import { describe, expect, it } from 'vitest';
import { fieldForHeader, guessMapping, headerSignature } from '../../shared/domain/import/header-synonyms';

describe('fieldForHeader', () => {
  it.each([
    ['Timestamp', 'signedUpAt'],
    ['Your name', 'parentName'],
    ['Name', 'parentName'],
    ['Email address', 'email'],
    ['E-mail', 'email'],
    ['How old are your kids?', 'kidAges'],
    ["Kids' first names", 'kidNames'],
    ['Kinderen', 'kidNames'],
    ['Leeftijd', 'kidAges'],
    ['Phone number', 'phone'],
    ['Neighborhood', 'neighborhood'],
    ['Zip code', 'neighborhood'],
    ['Anything else we should know?', 'notes'],
    ['Sign Up Comment', 'notes'],
    ['Sign Up Timestamp', 'signedUpAt'],
    ['First Name', 'firstName'],
    ['Surname', 'lastName'],
    ['Order Date', 'signedUpAt'],
    ['RSVPed on', 'signedUpAt'],
    ["Child's date of birth", 'kidBirthDates'],
    // Header names from real rosters, camps and guest lists.
    ['family_contact_name', 'parentName'],
    ['member_name', 'parentName'],
    ['Guest', 'parentName'],
    ['Attendee', 'parentName'],
    ['Attendee name', 'parentName'],
    ['camper_first_name', 'kidNames'],
    ['camper_last_name', 'kidLastName'],
    ["Child's last name", 'kidLastName'],
    ['D.O.B', 'kidBirthDates'],
    ['DOB', 'kidBirthDates'],
    ['date_of_birth', 'kidBirthDates'],
    ["Child's name", 'kidNames'],
    ['Attendee Status', 'ignore'],
    ['Which meetups interest you?', 'ignore'],
    ['Order #', 'ignore'],
    ['', 'ignore'],
  ])('%s → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });
});

describe('guessMapping: what a sheet is', () => {
  it.each([
    // headers, mapping
    [
      ['NAME', 'SURNAME', 'Email'],
      ['parentName', 'lastName', 'email'],
    ],
    // A roster of children: names and ages, no parent and no way to reach one.
    [
      ['NAME', 'SURNAME', 'AGE'],
      ['kidNames', 'kidLastName', 'kidAges'],
    ],
    [
      ['First name', 'Last name', 'Date of birth'],
      ['kidNames', 'kidLastName', 'kidBirthDates'],
    ],
    [
      ["Child's name", 'DOB', 'Allergies'],
      ['kidNames', 'kidBirthDates', 'notes'],
    ],
    // A parent named, or a way to reach one: the names are the parents'.
    [
      ['Name', 'Phone', 'Age'],
      ['parentName', 'phone', 'kidAges'],
    ],
    [
      ['family_contact_name', 'email', 'phone', 'camper_first_name', 'camper_last_name', 'D.O.B'],
      ['parentName', 'email', 'phone', 'kidNames', 'kidLastName', 'kidBirthDates'],
    ],
    // Eventbrite's "Birth Date" is the ticket holder's own, not a kid's.
    [
      ['Order #', 'Order Date', 'First Name', 'Last Name', 'Email', 'Attendee #', 'Attendee Status', 'Birth Date'],
      ['ignore', 'signedUpAt', 'firstName', 'lastName', 'email', 'ignore', 'ignore', 'ignore'],
    ],
  ])('%j → %j', (headers, mapping) => {
    expect(guessMapping(headers)).toEqual(mapping);
  });
});

describe('guessMapping', () => {
  it('maps each field once and prefers first + last name over a full name', () => {
    expect(guessMapping(['Name', 'First Name', 'Last Name', 'Email', 'Email', 'Notes', 'Comments'])).toEqual([
      'ignore',
      'firstName',
      'lastName',
      'email',
      'ignore',
      'notes',
      'notes',
    ]);
  });

  it('signs a header layout regardless of case and punctuation', () => {
    expect(headerSignature(['Your Name', 'E-mail'])).toBe(headerSignature(['your name', 'e mail']));
  });
});
