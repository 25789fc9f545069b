import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCoreRuntime } from '../../electron/core/runtime/core-runtime';
import { API_CHANNEL } from '../../shared/api/channel';
import { createFakeElectron, type FakeElectron } from '../support/fake-electron';
import { makeTempDir } from '../support/temp-db';

/**
 * The Electron main process's lifecycle with Electron's API faked at the module boundary: the real
 * electron/main/index.ts runs against a real database in a temp folder; only `electron` is replaced.
 * (tests/electron/ runs the window against real Electron where its binary exists.)
 */
const savedArgv = process.argv;
const savedPlatform = Object.getOwnPropertyDescriptor(process, 'platform')!;
const savedConfigHome = process.env.XDG_CONFIG_HOME;
let listenersBefore: NodeJS.UncaughtExceptionListener[] = [];

async function startMain(
  argv: string[],
  options: Parameters<typeof createFakeElectron>[0] = {},
): Promise<FakeElectron> {
  const fake = createFakeElectron(options);
  if (options.platform) Object.defineProperty(process, 'platform', { value: options.platform });
  process.argv = ['/usr/lib/village/electron', '.', ...argv];
  vi.resetModules();
  vi.doMock('electron', () => fake.module);
  await import('../../electron/main/index');
  // whenReady resolves at once; let its continuation run.
  await new Promise((resolve) => setImmediate(resolve));
  return fake;
}

function liveWindows(fake: FakeElectron) {
  return fake.BrowserWindow.getAllWindows();
}

beforeEach(() => {
  process.env.XDG_CONFIG_HOME = makeTempDir();
  listenersBefore = process.listeners('uncaughtException');
});

afterEach(() => {
  for (const listener of process.listeners('uncaughtException')) {
    if (!listenersBefore.includes(listener)) process.off('uncaughtException', listener);
  }
  process.argv = savedArgv;
  Object.defineProperty(process, 'platform', savedPlatform);
  if (savedConfigHome === undefined) delete process.env.XDG_CONFIG_HOME;
  else process.env.XDG_CONFIG_HOME = savedConfigHome;
  vi.doUnmock('electron');
});

describe('Electron main: opening', () => {
  it('opens one window on the app page, served from the village:// scheme, with the API on IPC', async () => {
    const databasePath = path.join(makeTempDir(), 'village.db');
    const fake = await startMain(['--db', databasePath]);
    expect(fake.calls.errorBoxes).toEqual([]);
    expect(liveWindows(fake)).toHaveLength(1);
    expect(liveWindows(fake)[0]!.loadedUrl).toBe('village://app/index.html');
    expect(fake.calls.privilegedSchemes).toEqual([
      { scheme: 'village', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect([...fake.calls.protocolHandlers.keys()]).toEqual(['village']);
    const invoke = fake.calls.ipcHandlers.get(API_CHANNEL)!;
    expect(await invoke({ senderFrame: { url: 'village://app/index.html#/families' } }, 'app.info', {})).toMatchObject({
      ok: true,
      value: { databasePath },
    });
    expect(await invoke({ senderFrame: { url: 'file:///tmp/index.html' } }, 'app.info', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
  });

  it('a start-up error shows a clear dialog and exits with 1 instead of living on without a window', async () => {
    // The first daily backup cannot be written: a file sits where the backups folder goes.
    const folder = makeTempDir();
    const seeded = openCoreRuntime({ databasePath: path.join(folder, 'village.db'), version: '0.0.0-test' });
    expect(seeded.dispatch('families.create', { parentName: 'Dana Reyes', kids: [] })).toMatchObject({ ok: true });
    seeded.close();
    fs.writeFileSync(path.join(folder, 'backups'), 'a file where the backups folder should be');
    const fake = await startMain(['--db', path.join(folder, 'village.db')]);
    expect(fake.calls.errorBoxes).toEqual([
      {
        title: 'Village could not start',
        message: `Village could not create the folder for its data (${path.join(folder, 'backups')}): a file is in the way. Choose another place with --db.`,
      },
    ]);
    expect(fake.calls.exits).toEqual([1]);
    expect(liveWindows(fake)).toHaveLength(0);
  });

  it('a second launch hands over to the first and leaves', async () => {
    const fake = await startMain(['--db', path.join(makeTempDir(), 'village.db')], { singleInstanceLock: false });
    expect(fake.calls.quits).toBe(1);
    expect(liveWindows(fake)).toHaveLength(0);
  });
});

describe('Electron main: the second instance and a closed window', () => {
  it('shows and focuses the window that is open', async () => {
    const fake = await startMain(['--db', path.join(makeTempDir(), 'village.db')]);
    const [window] = liveWindows(fake);
    window!.minimized = true;
    fake.app.emit('second-instance');
    expect(liveWindows(fake)).toEqual([window]);
    expect(window!.minimized).toBe(false);
    expect(window!.focused).toBe(1);
  });

  it('creates a new window when the window was closed (macOS keeps the app running)', async () => {
    const fake = await startMain(['--db', path.join(makeTempDir(), 'village.db')], { platform: 'darwin' });
    liveWindows(fake)[0]!.close();
    expect(fake.calls.quits).toBe(0);
    expect(liveWindows(fake)).toHaveLength(0);
    fake.app.emit('second-instance');
    expect(liveWindows(fake)).toHaveLength(1);
    expect(liveWindows(fake)[0]!.loadedUrl).toBe('village://app/index.html');
    // …and a click on the dock icon after closing it again does the same.
    liveWindows(fake)[0]!.close();
    fake.app.emit('activate');
    expect(liveWindows(fake)).toHaveLength(1);
  });
});

describe('Electron main: a page that crashed, hung or failed to load', () => {
  it('reloads after a crash, and asks when it crashes again within a minute', async () => {
    const fake = await startMain(['--db', path.join(makeTempDir(), 'village.db')], { messageBoxAnswer: 0 });
    const contents = liveWindows(fake)[0]!.webContents;
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(contents.reloads).toBe(1);
    expect(fake.calls.messageBoxes).toEqual([]);
    contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.calls.messageBoxes).toEqual([
      { message: 'The Village window stopped working again.', buttons: ['Reload', 'Quit Village'] },
    ]);
    expect(contents.reloads).toBe(2);
  });

  it('offers to reload a hung page (ending its process first)', async () => {
    const fake = await startMain(['--db', path.join(makeTempDir(), 'village.db')], { messageBoxAnswer: 1 });
    const contents = liveWindows(fake)[0]!.webContents;
    contents.emit('unresponsive');
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.calls.messageBoxes).toEqual([{ message: 'Village is not responding.', buttons: ['Wait', 'Reload'] }]);
    expect(contents.crashedOnPurpose).toBe(1);
    expect(contents.reloads).toBe(1);
  });

  it('explains a page that failed to load, and quits when asked', async () => {
    const fake = await startMain(['--db', path.join(makeTempDir(), 'village.db')], { messageBoxAnswer: 1 });
    const contents = liveWindows(fake)[0]!.webContents;
    contents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'village://app/index.html', true);
    contents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'village://app/x.png', false);
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.calls.messageBoxes).toEqual([]);
    contents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'village://app/index.html', true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.calls.messageBoxes).toEqual([
      { message: 'Village could not load its window.', buttons: ['Try again', 'Quit Village'] },
    ]);
    expect(fake.calls.quits).toBe(1);
  });
});

describe('Electron main: closing and the session', () => {
  it('closes the database on Windows log-off (session-end), not only on will-quit', async () => {
    const databasePath = path.join(makeTempDir(), 'village.db');
    const fake = await startMain(['--db', databasePath]);
    // An open WAL database keeps its -wal file; closing the last connection checkpoints and removes it.
    expect(fs.existsSync(`${databasePath}-wal`)).toBe(true);
    liveWindows(fake)[0]!.emit('session-end', { reasons: ['logoff'] });
    expect(fs.existsSync(`${databasePath}-wal`)).toBe(false);
  });

  it('grants the clipboard write "Copy emails" needs to the app page only, and turns spellcheck off', async () => {
    const fake = await startMain(['--db', path.join(makeTempDir(), 'village.db')]);
    const asked = (permission: string, requestingUrl: string) =>
      new Promise<boolean>((resolve) => fake.calls.permissionRequest!({}, permission, resolve, { requestingUrl }));
    expect(await asked('clipboard-sanitized-write', 'village://app/index.html')).toBe(true);
    expect(await asked('clipboard-sanitized-write', 'https://example.org/')).toBe(false);
    expect(await asked('media', 'village://app/index.html')).toBe(false);
    expect(fake.calls.permissionCheck!({}, 'clipboard-sanitized-write', 'village://app')).toBe(true);
    expect(fake.calls.permissionCheck!({}, 'notifications', 'village://app')).toBe(false);
    expect(fake.calls.spellChecker).toEqual([false]);
    expect(liveWindows(fake)[0]!.options.webPreferences).toMatchObject({
      spellcheck: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
  });
});

describe('Electron main: the installed village command', () => {
  it('runs the CLI, opens no window and takes no single-instance lock', async () => {
    const databasePath = path.join(makeTempDir(), 'village.db');
    // Keep the CLI's output off the test report, but let main learn that it was written (it exits then).
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(((
      _chunk: unknown,
      encodingOrDone?: unknown,
      done?: unknown,
    ) => {
      const callback = typeof encodingOrDone === 'function' ? encodingOrDone : done;
      if (typeof callback === 'function') queueMicrotask(() => (callback as () => void)());
      return true;
    }) as typeof process.stdout.write);
    try {
      const fake = await startMain([
        '--ozone-platform=headless',
        '--village-cli',
        'parks',
        'add',
        '--name',
        'Elm Park',
        '--db',
        databasePath,
      ]);
      await vi.waitFor(() => expect(fake.calls.exits).toEqual([0]));
      expect(fake.calls.lockRequests).toBe(0);
      expect(liveWindows(fake)).toHaveLength(0);
    } finally {
      write.mockRestore();
    }
    const listed = await startMain(['--village-cli', 'parks', 'list', '--json', '--db', databasePath]);
    await vi.waitFor(() => expect(listed.calls.exits).toEqual([0]));
  });
});
