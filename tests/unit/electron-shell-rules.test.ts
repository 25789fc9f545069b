import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  dbFlagFrom,
  externalUrlToOpen,
  mailLinkToOpen,
  isPermissionGranted,
  isTrustedRendererUrl,
} from '../../electron/main/trusted-urls';
import { DEFAULT_WINDOW_STATE, fitToScreens, loadWindowState, saveWindowState } from '../../electron/main/window-state';
import { makeTempDir } from '../support/temp-db';

describe('isTrustedRendererUrl', () => {
  const packaged = 'village://app/index.html';
  it.each([
    [packaged, packaged, true],
    [`${packaged}#/families`, packaged, true],
    ['village://app', packaged, true],
    ['village://other/index.html', packaged, false],
    ['evil://app/index.html', packaged, false],
    // The renderer used to load from file://; no file page is trusted any more, whatever its path.
    ['file:///opt/Village/resources/app.asar/out/renderer/index.html', packaged, false],
    [
      'file:///opt/Village/resources/app.asar/out/renderer/index.html',
      'file:///opt/Village/resources/app.asar/out/renderer/index.html',
      false,
    ],
    ['https://example.org/', packaged, false],
    [undefined, packaged, false],
    ['not a url', packaged, false],
    ['http://localhost:5173/#/families', 'http://localhost:5173/', true],
    ['http://localhost:5174/', 'http://localhost:5173/', false],
  ])('%s against %s → %s', (url, expected, trusted) => {
    expect(isTrustedRendererUrl(url, expected)).toBe(trusted);
  });
});

describe('isPermissionGranted', () => {
  const page = 'village://app/index.html';
  it.each([
    ['clipboard-sanitized-write', 'village://app/', true],
    ['clipboard-sanitized-write', 'village://app/index.html#/families', true],
    ['clipboard-sanitized-write', 'https://example.org/', false],
    ['clipboard-sanitized-write', undefined, false],
    ['clipboard-read', 'village://app/', false],
    ['media', 'village://app/', false],
    ['notifications', 'village://app/', false],
    ['geolocation', 'village://app/', false],
  ])('%s from %s → %s', (permission, url, granted) => {
    expect(isPermissionGranted(permission, url, page)).toBe(granted);
  });
});

describe('externalUrlToOpen', () => {
  it.each([
    ['https://maps.example.org/park?q=1', 'https://maps.example.org/park?q=1'],
    ['http://example.org', 'http://example.org/'],
    ['file:///etc/passwd', null],
    ['javascript:alert(1)', null],
    ['smb://server/share', null],
    ['mailto:a@b.c', null],
    ['', null],
  ])('%s → %s', (url, expected) => {
    expect(externalUrlToOpen(url)).toBe(expected);
  });
});

describe('mailLinkToOpen', () => {
  it.each([
    ['mailto:?bcc=a%40b.org,c%40d.org&subject=Hi', 'mailto:?bcc=a%40b.org,c%40d.org&subject=Hi'],
    ['mailto:a@b.c', 'mailto:a@b.c'],
    ['https://example.org', null],
    ['javascript:alert(1)', null],
    ['file:///etc/passwd', null],
    ['not a url', null],
  ])('%s → %s', (url, expected) => {
    expect(mailLinkToOpen(url)).toBe(expected);
  });
});

describe('dbFlagFrom', () => {
  it.each([
    [['/usr/bin/electron', '.', '--db', '/tmp/a.db'], '/tmp/a.db'],
    [['/usr/bin/electron', '.', '--db=/tmp/b.db'], '/tmp/b.db'],
    [['/usr/bin/electron', '.'], undefined],
  ])('%o → %s', (argv, expected) => {
    expect(dbFlagFrom(argv)).toBe(expected);
  });
});

describe('window state', () => {
  it('round-trips and falls back to defaults for a damaged file', () => {
    const folder = makeTempDir();
    expect(loadWindowState(folder)).toEqual(DEFAULT_WINDOW_STATE);
    saveWindowState(folder, { width: 1300, height: 900, x: 40, y: 30, maximized: true });
    expect(loadWindowState(folder)).toEqual({ width: 1300, height: 900, x: 40, y: 30, maximized: true });
    fs.writeFileSync(path.join(folder, 'window-state.json'), '{"width": "huge"');
    expect(loadWindowState(folder)).toEqual(DEFAULT_WINDOW_STATE);
    fs.writeFileSync(path.join(folder, 'window-state.json'), '{"width": 20, "height": 10}');
    expect(loadWindowState(folder)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('forgets a position on a monitor that is gone', () => {
    const screens = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    expect(fitToScreens({ width: 1200, height: 800, x: 100, y: 80, maximized: false }, screens)).toEqual({
      width: 1200,
      height: 800,
      x: 100,
      y: 80,
      maximized: false,
    });
    expect(fitToScreens({ width: 1200, height: 800, x: 2500, y: 80, maximized: false }, screens)).toEqual({
      width: 1200,
      height: 800,
      maximized: false,
    });
  });
});
