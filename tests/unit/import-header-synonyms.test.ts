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
    ['Which meetups interest you?', 'ignore'],
    ['Order #', 'ignore'],
    ['', 'ignore'],
  ])('%s → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
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
