import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupsFolderFor } from '../../electron/core/backup/backup-store';
import { openCoreRuntime } from '../../electron/core/runtime/core-runtime';
import { callApi } from '../support/api-over-http';
import { chromiumAvailable, launchChromium, screenshot, startBrowserMode } from '../support/browser-mode';
import { makeTempDir } from '../support/temp-db';

const family = (parentName: string) => ({
  parentName,
  kids: [{ name: 'Noor', birthDate: '2024-05-02', birthPrecision: 'day' }],
});

describe.skipIf(!chromiumAvailable)('backups and recovery in browser mode (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('backs up now, then restores that backup after more changes', async () => {
    const app = await startBrowserMode();
    try {
      await callApi(app.launchUrl, 'families.create', family('Sanne de Vries'));
      const page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
      await page.goto(app.launchUrl);
      await page.getByRole('link', { name: 'Backups' }).click();
      await page.getByRole('button', { name: 'Back up now' }).click();
      await page
        .getByRole('status')
        .getByText(/Backed up just now/)
        .waitFor();
      expect(await page.getByRole('row').count()).toBe(2); // header + the backup

      await callApi(app.launchUrl, 'families.create', family('Eva Jansen'));
      await page.getByRole('button', { name: /Restore the backup from/ }).click();
      const confirm = page.getByRole('alertdialog', { name: 'Restore this backup?' });
      await screenshot(page, 'backups-restore-confirm');
      await confirm.getByRole('button', { name: 'Restore' }).click();
      await page
        .getByRole('status')
        .getByText(/Restored the backup from/)
        .waitFor();
      // The data from before the restore was itself backed up.
      expect(await page.getByRole('cell', { name: 'Before a restore' }).count()).toBe(1);
      await screenshot(page, 'backups-list');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export everything' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^village-export-\d{4}-\d{2}-\d{2}\.json$/);
      const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as {
        format: string;
        tables: { families: { parent_name: string }[] };
      };
      expect(exported.format).toBe('village-export');
      expect(exported.tables.families.map((row) => row.parent_name)).toEqual(['Sanne de Vries']);

      await page.getByRole('link', { name: 'Families' }).click();
      await page.getByRole('row', { name: /Sanne de Vries/ }).waitFor();
      expect(await page.getByRole('row', { name: /Eva Jansen/ }).count()).toBe(0);
      await page.close();
    } finally {
      await app.stop();
    }
  });

  it('shows a recovery screen for a file that is not a database, and restores a backup from it', async () => {
    const databasePath = path.join(makeTempDir(), 'village.db');
    const runtime = openCoreRuntime({ databasePath, version: 'test', log: () => undefined });
    runtime.dispatch('families.create', family('Maria Gonzalez'));
    runtime.dispatch('backups.create', {});
    runtime.close();
    for (const suffix of ['-wal', '-shm']) fs.rmSync(databasePath + suffix, { force: true });
    fs.writeFileSync(databasePath, '%PDF-1.7 not a database');

    const app = await startBrowserMode(databasePath);
    try {
      const page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
      await page.goto(app.launchUrl);
      await page.getByRole('heading', { name: 'This is not a Village data file' }).waitFor();
      expect(await page.getByText(/Village left it untouched/).count()).toBe(1);
      await screenshot(page, 'recovery-not-sqlite');
      await page.getByRole('button', { name: /Restore the backup from/ }).click();
      await page
        .getByRole('alertdialog', { name: 'Restore this backup?' })
        .getByRole('button', { name: 'Restore' })
        .click();
      await page.getByRole('row', { name: /Maria Gonzalez/ }).waitFor();
      // The unreadable file is kept beside the other backups.
      const kept = fs.readdirSync(backupsFolderFor(databasePath)).filter((name) => name.endsWith('-before-restore.db'));
      expect(kept).toHaveLength(1);
      expect(fs.readFileSync(path.join(backupsFolderFor(databasePath), kept[0]!), 'utf8')).toBe(
        '%PDF-1.7 not a database',
      );
      await page.close();
    } finally {
      await app.stop();
    }
  });
});
