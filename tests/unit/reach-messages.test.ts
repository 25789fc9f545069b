import { describe, expect, it } from 'vitest';
import { groupChatText } from '../../shared/domain/reach/group-chat-text';
import { MAILTO_LIMIT, mailtoBatches } from '../../shared/domain/reach/mailto-batches';
import { fillTemplate, templateProblem, unknownPlaceholders } from '../../shared/domain/reach/message-template';
import { kidsPhrase, longDate, placeholderValues } from '../../shared/domain/reach/placeholder-values';
import { offerDeadline } from '../../shared/domain/reach/offer-deadline';
import { coordinatesFromMapLink } from '../../shared/domain/reach/park-coordinates';

const session = {
  title: 'Toddler morning',
  date: '2026-12-05',
  startTime: '10:00',
  endTime: '11:30',
  parkName: 'Maple Park',
  mapUrl: 'https://maps.example.org/?q=maple',
};

describe('template placeholders', () => {
  it.each([
    ['Hi {first name}', []],
    ['Hi { First  Name }, see you at {park}', []],
    ['Hi {frist name}', ['{frist name}']],
    ['{kids} {kids} {weather} {weather}', ['{weather}']],
    ['Costs {5} dollars', ['{5}']],
    ['No braces at all', []],
  ])('%j has unknown placeholders %j', (text, unknown) => {
    expect(unknownPlaceholders(text)).toEqual(unknown);
  });

  it.each([
    [{ subject: 'Hi', body: 'Hello {first name}' }, null],
    [{ subject: 'Hi {frist name}', body: 'x' }, 'The subject has a placeholder Village does not know: {frist name}.'],
    [{ subject: 'Hi', body: '{a} and {b}' }, 'The message has placeholders Village does not know: {a}, {b}.'],
    [{ subject: ' ', body: 'x' }, 'The subject is empty.'],
    [{ subject: 'x', body: '' }, 'The message is empty.'],
  ])('%j → %s', (template, problem) => {
    const found = templateProblem(template);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it('fills every placeholder for one family', () => {
    const values = placeholderValues({ parentName: 'Chloé  O’Brien', kidNames: ['Ada', '', 'Leo'] }, session);
    expect(
      fillTemplate('Hi {first name}! {kids}: {session}, {date} {time} at {park} {map link} {unknown}', values),
    ).toBe(
      'Hi Chloé! Ada, Leo and your little one: Toddler morning, Saturday, Dec 5, 2026 10:00–11:30 at Maple Park https://maps.example.org/?q=maple {unknown}',
    );
  });

  it.each([
    [[], 'your little ones'],
    [['Mia'], 'Mia'],
    [['', ''], 'your little ones'],
    [[''], 'your little one'],
    [['Mia', 'Leo'], 'Mia and Leo'],
    [['Mia', 'Leo', 'Ada'], 'Mia, Leo and Ada'],
  ])('kids %j read as %s', (names, phrase) => {
    expect(kidsPhrase(names)).toBe(phrase);
  });

  it.each([
    ['2026-12-05', 'Saturday, Dec 5, 2026'],
    ['2024-02-29', 'Thursday, Feb 29, 2024'],
    ['not a date', 'not a date'],
  ])('%s is %s', (date, text) => {
    expect(longDate(date)).toBe(text);
  });
});

describe('mailto batches', () => {
  const addresses = Array.from({ length: 120 }, (_, index) => `parent.number${index}@example.org`);

  it('keeps every link under the limit and every address exactly once', () => {
    const { links, bodyIncluded } = mailtoBatches(addresses, 'Playgroup Saturday', 'See you at Maple Park!');
    expect(bodyIncluded).toBe(true);
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) expect(link.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    const found = links.flatMap((link) => decodeURIComponent(new URL(link).searchParams.get('bcc') ?? '').split(','));
    expect(found.sort()).toEqual([...addresses].sort());
  });

  it('drops a body too long for any link and says so', () => {
    const { links, bodyIncluded } = mailtoBatches(['a@example.org'], 'Hi', 'x'.repeat(2000));
    expect(bodyIncluded).toBe(false);
    expect(links).toEqual(['mailto:?bcc=a%40example.org&subject=Hi']);
  });

  it('has no links for no addresses, and lists a repeated address once', () => {
    expect(mailtoBatches([], 'Hi', 'x').links).toEqual([]);
    expect(mailtoBatches(['a@example.org', ' a@example.org '], 'Hi', '').links).toEqual([
      'mailto:?bcc=a%40example.org&subject=Hi',
    ]);
  });
});

describe('group chat text', () => {
  it('has the date, time, park, map link and what to bring', () => {
    expect(groupChatText(session)).toBe(
      '🌳 Toddler morning\n📅 Saturday, Dec 5, 2026\n🕙 10:00–11:30\n📍 Maple Park\nhttps://maps.example.org/?q=maple\n🎒 Bring: water, a snack, sun hats',
    );
  });
  it('says a cancelled session is cancelled and leaves out what to bring', () => {
    expect(groupChatText({ ...session, parkName: '', mapUrl: '', cancelled: true })).toBe(
      '❌ Cancelled: Toddler morning\n📅 Saturday, Dec 5, 2026\n🕙 10:00–11:30',
    );
  });
});

describe('waitlist offer deadline', () => {
  const saturday = { date: '2026-12-05', startTime: '10:00', timeZone: 'America/New_York' };
  it.each([
    [
      'a week ahead: 8 pm the evening before, in the session zone',
      Date.parse('2026-11-28T12:00:00Z'),
      '2026-12-05T01:00:00.000Z',
    ],
    ['the morning itself: an hour before the start', Date.parse('2026-12-05T12:00:00Z'), '2026-12-05T14:00:00.000Z'],
    ['too late: no offer', Date.parse('2026-12-05T14:30:00Z'), null],
    ['across the spring change in Amsterdam', Date.parse('2026-03-20T12:00:00Z'), '2026-03-28T19:00:00.000Z'],
  ])('%s', (_label, now, expected) => {
    const session = _label.includes('Amsterdam')
      ? { date: '2026-03-29', startTime: '10:00', timeZone: 'Europe/Amsterdam' }
      : saturday;
    const deadline = offerDeadline(session, now);
    expect(deadline === null ? null : new Date(deadline).toISOString()).toBe(expected);
  });
});

describe('park coordinates from a map link', () => {
  it.each([
    [
      'https://www.google.com/maps/place/Maple+Park/@40.6892,-74.0445,17z/data=x',
      { latitude: 40.6892, longitude: -74.0445 },
    ],
    ['https://maps.google.com/?q=52.3731,4.8922', { latitude: 52.3731, longitude: 4.8922 }],
    ['https://www.google.com/maps/search/?api=1&query=52.3731%2C4.8922', { latitude: 52.3731, longitude: 4.8922 }],
    ['https://maps.apple.com/?ll=37.7749,-122.4194&q=Park', { latitude: 37.7749, longitude: -122.4194 }],
    ['https://www.openstreetmap.org/#map=17/51.5074/-0.1278', { latitude: 51.5074, longitude: -0.1278 }],
    ['https://www.openstreetmap.org/?mlat=48.8566&mlon=2.3522', { latitude: 48.8566, longitude: 2.3522 }],
    ['https://maps.app.goo.gl/abc123', null],
    ['https://maps.google.com/?q=95.0,10.0', null],
    ['', null],
  ])('%s', (link, expected) => {
    expect(coordinatesFromMapLink(link)).toEqual(expected);
  });
});
