import { describe, expect, it } from 'vitest';
import { completeMapLink } from '../../shared/domain/map-link';

describe('completeMapLink', () => {
  it.each([
    { text: '', expected: '' },
    { text: '   ', expected: '' },
    { text: 'https://maps.app.goo.gl/AbC123', expected: 'https://maps.app.goo.gl/AbC123' },
    { text: 'http://example.org/map', expected: 'http://example.org/map' },
    { text: 'HTTPS://Maps.Google.com/?q=Maple+Park', expected: 'HTTPS://Maps.Google.com/?q=Maple+Park' },
    { text: 'maps.google.com/?q=Maple+Park', expected: 'https://maps.google.com/?q=Maple+Park' },
    { text: ' www.google.com/maps/place/Maple+Park ', expected: 'https://www.google.com/maps/place/Maple+Park' },
    { text: 'maps.app.goo.gl/AbC123', expected: 'https://maps.app.goo.gl/AbC123' },
    { text: '//maps.apple.com/?q=park', expected: 'https://maps.apple.com/?q=park' },
    { text: 'example.org:8080/map', expected: 'https://example.org:8080/map' },
  ])('"$text" → "$expected"', ({ text, expected }) => {
    expect(completeMapLink(text)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'mailto:a@example.org',
    'Maple Park',
    'maple park.com',
    'localhost/map',
    'ftp://example.org/map',
    'https://',
  ])('refuses "%s"', (text) => {
    expect(completeMapLink(text)).toBeNull();
  });
});
