/**
 * Opening Village: the first screen's reads go out from the page's first, small script, while the app's
 * larger scripts (React DOM, the tables, the screens) are still on their way, and each is made once.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FamilyInput } from '../../shared/api/schemas';
import {
  ROOT,
  chromiumAvailable,
  launchChromium,
  screenshot,
  startBrowserMode,
  type RunningApp,
} from '../support/browser-mode';
import { watchPageErrors } from '../support/page-errors';
import { seededFamiliesDatabase } from '../support/seeded-families';

const FAMILIES: FamilyInput[] = Array.from({ length: 60 }, (_, index) => ({
  parentName: `Parent ${String(index).padStart(2, '0')} Reyes`,
  kids: [{ name: `Kid ${index}`, birthDate: '2024-05-01', birthPrecision: 'day' }],
}));

/** The script the built page loads first (its one `<script type="module">`). */
function entryScript(): string {
  const html = fs.readFileSync(path.join(ROOT, 'out', 'renderer', 'index.html'), 'utf8');
  return /<script type="module"[^>]*src="\.?\/?([^"]+)"/.exec(html)![1]!;
}

/** What a read asks for, as "method params" (the body the page posts to /api). */
function read(request: Request): string {
  const { method, params } = JSON.parse(request.postData() ?? '{}') as { method: string; params: unknown };
  return `${method} ${JSON.stringify(params)}`;
}

describe.skipIf(!chromiumAvailable)('opening Village (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startBrowserMode(seededFamiliesDatabase(FAMILIES));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('asks for the first screen before the app scripts have arrived, and each read only once', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchPageErrors(page);
    const reads: string[] = [];
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api')) reads.push(read(request));
      asked.push(request.url().endsWith('/api') ? 'read' : path.basename(new URL(request.url()).pathname));
    });
    // Every script but the first is held back until the first screen's reads have been sent.
    const first = entryScript();
    let held = 0;
    let release = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/*.js', async (route) => {
      if (!route.request().url().endsWith(first)) {
        held += 1;
        await released;
      }
      await route.continue();
    });
    await page.goto(app.launchUrl, { waitUntil: 'commit' });
    await expect
      .poll(() => [...reads].sort())
      .toEqual([
        'app.status {}',
        'families.roster {"limit":40}',
        'preferences.get {"key":"families.hiddenColumns"}',
        'preferences.get {"key":"families.hiddenColumnsNarrow"}',
      ]);
    expect(held, 'the app scripts were asked for meanwhile').toBeGreaterThan(0);
    // The page names the app's script, so it is on its way with the first script, before any read.
    const appScript = asked.findIndex((name) => name.startsWith('start-app-') && name.endsWith('.js'));
    expect(appScript, asked.join(' ')).toBeGreaterThan(-1);
    expect(appScript, asked.join(' ')).toBeLessThan(asked.indexOf('read'));
    release();

    await page.getByRole('button', { name: 'Edit Parent 00 Reyes' }).waitFor();
    await page.locator('.page-subtitle', { hasText: /60 families$/ }).waitFor();
    await screenshot(page, 'open-first-screen');
    // The screen took the answers already on their way: the first screenful, the status and the
    // preferences once each, then the whole roster once.
    expect(reads.filter((body) => body.startsWith('families.roster'))).toEqual([
      'families.roster {"limit":40}',
      'families.roster {}',
    ]);
    expect(reads.filter((body) => body.startsWith('app.status'))).toEqual(['app.status {}']);
    expect(reads.filter((body) => body.startsWith('preferences.get'))).toHaveLength(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reloaded on another page, asks for no families', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(app.launchUrl);
    await page.getByRole('button', { name: 'Edit Parent 00 Reyes' }).waitFor();
    await page.getByRole('link', { name: 'Parks' }).click();
    await page.getByRole('heading', { name: 'Parks', level: 1 }).waitFor();
    const reads: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api')) reads.push(read(request));
    });
    await page.reload();
    await page.getByRole('heading', { name: 'Parks', level: 1 }).waitFor();
    await page.getByText('Where do you meet?').waitFor();
    expect(reads).toContain('app.status {}');
    expect(reads.filter((body) => body.startsWith('families.roster') || body.startsWith('preferences.get'))).toEqual(
      [],
    );
    await page.close();
  });
});
