/**
 * Issue 16, "Duplicates and merge", as the organizer does it: the Okafor pair is suggested; she picks
 * Jess and Jessica Moreau herself and merges them from the selection bar, sees one parent and two kids
 * before it happens, picks the email, undoes and merges again; a walk-in "Pria" goes into Priya with
 * Anika once. In Chromium against browser mode, at the three window sizes she uses.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FamilyInput } from '../../shared/api/schemas';
import { callApi } from '../support/api-over-http';
import { screenshotAtEverySize } from '../support/window-sizes';
import {
  chromiumAvailable,
  launchChromium,
  screenshot,
  startBrowserMode,
  type RunningApp,
} from '../support/browser-mode';
import { seededFamiliesDatabase } from '../support/seeded-families';

const FAMILIES: FamilyInput[] = [
  {
    parentName: 'Jessica Moreau',
    email: 'jessica@example.org',
    kids: [
      { name: 'Lily', birthDate: '2023-05-10', birthPrecision: 'day' },
      { name: 'Rose', birthDate: '2023-05-10', birthPrecision: 'day' },
    ],
  },
  {
    parentName: 'Jess Moreau',
    email: 'jess.m@example.org',
    phone: '555 201 3344',
    kids: [
      { name: '', birthDate: '2023-06-01', birthPrecision: 'estimated-year' },
      { name: '', birthDate: '2023-06-01', birthPrecision: 'estimated-year' },
    ],
  },
  {
    parentName: 'Priya Natarajan',
    phone: '555-777-1212',
    kids: [{ name: 'Anika', birthDate: '2025-01-15', birthPrecision: 'day' }],
  },
  {
    parentName: 'Pria',
    phone: '(555) 777 1212',
    kids: [{ name: 'Anika', birthDate: '2025-01-01', birthPrecision: 'estimated-month' }],
  },
  {
    parentName: 'Samuel Okafor',
    email: 'samuel.okafor@gmail.com',
    kids: [{ name: 'Tobi', birthDate: '2023-06-01', birthPrecision: 'day' }],
  },
  {
    parentName: 'Sam Okafor',
    email: 'sam.okafor@gmail.com',
    kids: [{ name: 'Tobi', birthDate: '2023-03-01', birthPrecision: 'estimated-year' }],
  },
];

describe.skipIf(!chromiumAvailable)('merging duplicates in browser mode (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const row = (name: string) => page.getByRole('row', { name: new RegExp(`^Select ${name}\\b`) });
  const rowNames = async () =>
    (await page.locator('tbody tr:not(.spacer-row) .row-open').allInnerTexts()).map((text) => text.trim());

  beforeAll(async () => {
    app = await startBrowserMode(seededFamiliesDatabase(FAMILIES));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(10_000);
    await page.goto(app.launchUrl);
    await page.getByRole('button', { name: 'Edit Sam Okafor' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('suggests Samuel and Sam Okafor (kid Tobi, similar emails)', async () => {
    await page.getByRole('button', { name: 'Find duplicates' }).click();
    const dialog = page.getByRole('dialog', { name: 'Possible duplicates' });
    const pair = dialog.getByRole('listitem', { name: /Samuel Okafor and Sam Okafor|Sam Okafor and Samuel Okafor/ });
    await pair.getByText('Similar names, a kid in common · Similar emails, a kid in common').waitFor();
    await screenshot(page, 'merge-okafor-suggested');
    await dialog.getByRole('button', { name: 'Done' }).click();
  });

  it('merges Jess into Jessica Moreau from the selection bar: one parent, Lily and Rose, her pick of email; undo works', async () => {
    await page.getByLabel('Select Jessica Moreau').check();
    const bar = page.getByRole('toolbar', { name: 'Selected families' });
    expect(await bar.getByRole('button', { name: 'Merge…' }).count()).toBe(0); // only for exactly two
    await page.getByLabel('Select Jess Moreau').check();
    await bar.getByRole('button', { name: 'Merge…' }).click();

    const preview = page.getByRole('dialog', { name: 'Merge into one family' });
    const kids = preview.getByRole('list', { name: 'Kids after the merge' }).getByRole('listitem');
    await preview.getByRole('group', { name: 'Email' }).getByLabel('jess.m@example.org').check();
    expect(await kids.allInnerTexts()).toEqual([expect.stringMatching(/^Lily · /), expect.stringMatching(/^Rose · /)]);
    expect(await preview.locator('dd').first().innerText()).toBe('Jessica Moreau');
    await screenshotAtEverySize(page, 'merge-preview');
    await preview.getByRole('button', { name: 'Merge' }).click();
    await page.getByRole('status').getByText('Merged Jess Moreau into Jessica Moreau.').waitFor();
    await expect.poll(rowNames).not.toContain('Jess Moreau');
    const jessica = row('Jessica Moreau');
    await expect.poll(() => jessica.innerText()).toContain('jess.m@example.org');
    expect(await jessica.locator('td.col-kids > ul.kid-list .kid-name').allInnerTexts()).toEqual(['Lily', 'Rose']);
    expect(await jessica.innerText()).not.toContain('&');
    await screenshot(page, 'merge-jessica-merged');

    await page.getByRole('button', { name: 'Undo merge' }).click();
    await page
      .getByRole('status')
      .getByText(/Undid the merge/)
      .waitFor();
    await expect.poll(rowNames).toContain('Jess Moreau');
    await expect.poll(() => jessica.innerText()).toContain('jessica@example.org');
  });

  it('merges the walk-in "Pria" into Priya with Anika once, keeping Priya’s name', async () => {
    await page.getByLabel('Select Priya Natarajan').check();
    await page.getByLabel('Select Pria', { exact: true }).check();
    await page.getByRole('toolbar', { name: 'Selected families' }).getByRole('button', { name: 'Merge…' }).click();
    const preview = page.getByRole('dialog', { name: 'Merge into one family' });
    await preview.getByRole('checkbox', { name: /^Anika · .* and Anika · .* are the same kid$/ }).waitFor();
    expect(
      await preview.getByRole('group', { name: 'Parent or caregiver' }).getByLabel('Priya Natarajan').isChecked(),
    ).toBe(true);
    await preview.getByRole('button', { name: 'Merge' }).click();
    await page.getByRole('status').getByText('Merged Pria into Priya Natarajan.').waitFor();
    const families = (await callApi(app.launchUrl, 'families.list', {})) as {
      parentName: string;
      secondParentName: string;
      kids: { name: string; birthDate: string }[];
    }[];
    const priya = families.find((family) => family.parentName === 'Priya Natarajan')!;
    expect(priya.secondParentName).toBe('');
    expect(priya.kids).toEqual([expect.objectContaining({ name: 'Anika', birthDate: '2025-01-15' })]);
    expect(families.map((family) => family.parentName)).not.toContain('Pria');
  });
});
