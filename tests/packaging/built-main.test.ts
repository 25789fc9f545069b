import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_CHANNEL, PROGRESS_CHANNEL } from '../../shared/api/channel';
import type { WorkProgress } from '../../shared/api/work-progress';
import { googleFormsSheet } from '../../scripts/bench/google-forms-sheet';
import { ROOT } from '../support/browser-mode';
import { createFakeElectron, type FakeElectron } from '../support/fake-electron';
import { makeTempDir } from '../support/temp-db';

/**
 * The built main process (out/main/index.js, as packed into the asar) loaded with Electron faked at the
 * module boundary: the paths it computes from its own folder must find the renderer it serves on
 * village://, the preload, and the long-work worker it forks.
 */
type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleWithLoad = Module as unknown as { _load: Loader };
const originalLoad = moduleWithLoad._load;
const savedArgv = process.argv;
const savedConfigHome = process.env.XDG_CONFIG_HOME;
let fake: FakeElectron;
let databasePath = '';

beforeAll(async () => {
  fake = createFakeElectron();
  databasePath = path.join(makeTempDir(), 'village.db');
  process.env.XDG_CONFIG_HOME = makeTempDir();
  process.argv = ['/opt/Village/village-app', '--db', databasePath];
  moduleWithLoad._load = (request, parent, isMain) =>
    request === 'electron' ? fake.module : originalLoad(request, parent, isMain);
  createRequire(import.meta.url)(path.join(ROOT, 'out/main/index.js'));
  await new Promise((resolve) => setImmediate(resolve));
});

afterAll(async () => {
  fake.app.emit('will-quit');
  moduleWithLoad._load = originalLoad;
  process.argv = savedArgv;
  if (savedConfigHome === undefined) delete process.env.XDG_CONFIG_HOME;
  else process.env.XDG_CONFIG_HOME = savedConfigHome;
  await new Promise((resolve) => setTimeout(resolve, 100));
});

describe('the built Electron main process', () => {
  it('serves the built renderer on village://app and points the window at the built preload', async () => {
    expect(fake.calls.errorBoxes).toEqual([]);
    const page = fake.calls.protocolHandlers.get('village')!({ url: 'village://app/index.html' });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    const script = /src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)![1]!;
    expect(fake.calls.protocolHandlers.get('village')!({ url: `village://app/${script}` }).status).toBe(200);
    const [window] = fake.BrowserWindow.getAllWindows();
    expect(fs.existsSync(window!.options.webPreferences.preload as string)).toBe(true);
  });

  it('forks the built long-work worker for an import and answers through it', async () => {
    const invoke = fake.calls.ipcHandlers.get(API_CHANNEL)!;
    const sender = { senderFrame: { url: 'village://app/index.html' } };
    const sheet = { fileName: 'responses.csv', data: Buffer.from(googleFormsSheet(50, 0)).toString('base64') };
    expect(await invoke(sender, 'import.commit', sheet)).toMatchObject({
      ok: true,
      value: { counts: { familiesAdded: 50 } },
    });
    expect(fake.calls.forked).toEqual([path.join(ROOT, 'out/main/core-worker.js')]);
    // The taskbar says "working" (2), then how far along each phase is, then nothing (-1).
    const taskbar = fake.BrowserWindow.getAllWindows()[0]!.progress;
    expect(taskbar[0]).toBe(2);
    expect(taskbar.filter((value) => value > 0 && value <= 1).at(-1)).toBe(1);
    expect(taskbar.at(-1)).toBe(-1);
    expect(await invoke(sender, 'families.list', {})).toMatchObject({ ok: true });
  });

  it("sends long work's progress to the app page on the progress channel, rising to the total, then null", async () => {
    const [window] = fake.BrowserWindow.getAllWindows();
    window!.webContents.sent = [];
    const invoke = fake.calls.ipcHandlers.get(API_CHANNEL)!;
    const sender = { senderFrame: { url: 'village://app/index.html' } };
    const sheet = { fileName: 'more.csv', data: Buffer.from(googleFormsSheet(20_000, 0)).toString('base64') };
    expect(await invoke(sender, 'import.commit', sheet)).toMatchObject({ ok: true });
    const sent = window!.webContents.sent;
    expect(sent.every(({ channel }) => channel === PROGRESS_CHANNEL)).toBe(true);
    const reports = sent.map(({ args }) => args[0] as WorkProgress | null);
    expect(reports.at(-1)).toBeNull();
    const writing = reports.filter((report) => report?.phase === 'writing').map((report) => report!.done);
    expect(writing.length).toBeGreaterThan(1);
    expect(writing).toEqual([...writing].sort((a, b) => a - b));
    const last = reports.findLast((report) => report?.phase === 'writing')!;
    expect(last).toMatchObject({ method: 'import.commit', done: last.total });
    expect(last.total).toBeGreaterThan(19_000);
  });

  it("sends nothing to a page that is not the app's own", async () => {
    const [window] = fake.BrowserWindow.getAllWindows();
    window!.webContents.sent = [];
    window!.webContents.url = 'https://example.org/';
    try {
      const invoke = fake.calls.ipcHandlers.get(API_CHANNEL)!;
      expect(await invoke({ senderFrame: { url: 'village://app/index.html' } }, 'backups.create', {})).toMatchObject({
        ok: true,
      });
      expect(window!.webContents.sent).toEqual([]);
    } finally {
      window!.webContents.url = 'village://app/index.html';
    }
  });
});
