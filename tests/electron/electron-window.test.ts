import { spawn } from 'node:child_process';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayProblem, installedElectronBinary } from '../../scripts/electron-binary.mjs';
import { ROOT, screenshot } from '../support/browser-mode';
import { makeTempDir } from '../support/temp-db';

/**
 * The real Electron window. Electron's binary is downloaded on first use from outside the npm registry,
 * so on machines that cannot fetch it these specs are skipped, saying why.
 */
const binary = installedElectronBinary();
const problem = binary
  ? displayProblem()
  : 'the Electron binary is not installed (it is downloaded on first run, which this machine cannot do)';
if (problem) console.warn(`Electron specs skipped: ${problem}.`);

describe.skipIf(problem !== null)(`Electron window${problem ? ` (skipped: ${problem})` : ''}`, () => {
  let app: ElectronApplication;
  let page: Page;

  const databasePath = path.join(makeTempDir(), 'village.db');

  beforeAll(async () => {
    app = await _electron.launch({ executablePath: binary!, args: [ROOT, '--db', databasePath], cwd: ROOT });
    page = await app.firstWindow();
    await page.getByRole('heading', { name: 'Families' }).waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('runs the renderer sandboxed, with only the API bridge exposed', async () => {
    expect(await page.title()).toBe('Village');
    const exposed = await page.evaluate(() => ({
      bridge: typeof (globalThis as unknown as { village?: { invoke?: unknown } }).village?.invoke,
      process: typeof (globalThis as { process?: unknown }).process,
      require: typeof (globalThis as { require?: unknown }).require,
    }));
    // Context isolation and no Node integration: the page sees the bridge and nothing of Node.
    expect(exposed).toEqual({ bridge: 'function', process: 'undefined', require: 'undefined' });
  });

  it('adds a family through IPC and validates payloads there too', async () => {
    const result = await page.evaluate(async () => {
      const bridge = (
        globalThis as unknown as { village: { invoke(method: string, params: unknown): Promise<unknown> } }
      ).village;
      const bad = await bridge.invoke('families.create', { parentName: '' });
      const good = await bridge.invoke('families.create', {
        parentName: 'Dana Reyes',
        kids: [{ name: 'Mia', birthDate: '2024-08-20', birthPrecision: 'day' }],
      });
      return { bad, good };
    });
    expect(result.bad).toMatchObject({ ok: false, error: { code: 'invalid_params', field: 'parentName' } });
    expect(result.good).toMatchObject({ ok: true, value: { parentName: 'Dana Reyes' } });
    await page.reload();
    await page.getByRole('row', { name: /Dana Reyes/ }).waitFor();
    await screenshot(page, 'electron-families');
  });

  it('blocks navigation away from the app and window.open', async () => {
    const before = page.url();
    await page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    const opened = await page.evaluate(
      () => (globalThis as unknown as { open(url: string): unknown }).open('https://example.org/') === null,
    );
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });

  it('serves the page from village://app, with spellcheck (and its dictionary downloads) off', async () => {
    expect(page.url()).toMatch(/^village:\/\/app\//);
    expect(await app.evaluate(({ session }) => session.defaultSession.isSpellCheckerEnabled())).toBe(false);
  });

  it('copies emails from the window (the clipboard write is granted to the app page)', async () => {
    await page.evaluate(async () => {
      const bridge = (
        globalThis as unknown as { village: { invoke(method: string, params: unknown): Promise<unknown> } }
      ).village;
      await bridge.invoke('families.create', { parentName: 'Bea Ito', email: 'bea@example.org', kids: [] });
    });
    await page.reload();
    await page.getByRole('checkbox', { name: 'Select Bea Ito' }).check();
    await page.getByRole('toolbar', { name: 'Selected families' }).getByRole('button', { name: 'Copy emails' }).click();
    await page.getByRole('status').getByText('Copied 1 email.').waitFor();
    expect(await app.evaluate(({ clipboard }) => clipboard.readText())).toBe('bea@example.org');
  });

  it('a second launch hands over to the open window and leaves', async () => {
    const second = spawn(binary!, [ROOT, '--db', databasePath], { cwd: ROOT, stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve) => second.once('exit', resolve));
    expect(code).toBe(0);
    expect(app.windows()).toHaveLength(1);
  });
});
