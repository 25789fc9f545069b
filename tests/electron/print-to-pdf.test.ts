import fs from 'node:fs';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayProblem, installedElectronBinary } from '../../scripts/electron-binary.mjs';
import { openDatabase } from '../../electron/core/db/open-database';
import { localToday } from '../../shared/domain/calendar-date';
import { ROOT, screenshot } from '../support/browser-mode';
import { addPark, addSession } from '../support/seed-sessions';
import { makeTempDir } from '../support/temp-db';

/**
 * The sign-in sheet saved as a PDF through the main process (webContents.printToPDF and the save dialog).
 * Needs the Electron binary, which is downloaded on first use: skipped, saying why, where it cannot be.
 */
const binary = installedElectronBinary();
const problem = binary
  ? displayProblem()
  : 'the Electron binary is not installed (it is downloaded on first run, which this machine cannot do)';
if (problem) console.warn(`Electron print-to-PDF specs skipped: ${problem}.`);

describe.skipIf(problem !== null)(`Sign-in sheet as PDF in Electron${problem ? ` (skipped: ${problem})` : ''}`, () => {
  let app: ElectronApplication;
  let page: Page;
  const folder = makeTempDir();

  beforeAll(async () => {
    const databasePath = path.join(folder, 'village.db');
    const db = openDatabase(databasePath);
    addSession(db, { date: localToday(), parkId: addPark(db, 'Maple Park'), title: 'Toddler morning' });
    db.close();
    app = await _electron.launch({ executablePath: binary!, args: [ROOT, '--db', databasePath], cwd: ROOT });
    page = await app.firstWindow();
    await page.getByRole('heading', { name: 'Families' }).waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('prints the sheet to the file chosen in the save dialog', async () => {
    const target = path.join(folder, 'sheet.pdf');
    // The save dialog is native: answer it from the main process as the organizer would.
    await app.evaluate(({ dialog }, file) => {
      dialog.showSaveDialog = (async () => ({
        canceled: false,
        filePath: file,
      })) as unknown as typeof dialog.showSaveDialog;
    }, target);
    await page.getByRole('link', { name: 'Attendance' }).click();
    await page.getByRole('button', { name: 'Sign-in sheet' }).click();
    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    await page.getByRole('status').getByText('Saved sheet.pdf.').waitFor();
    expect(fs.readFileSync(target).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await screenshot(page, 'electron-sign-in-sheet');
  });
});
