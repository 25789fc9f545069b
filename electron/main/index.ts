/**
 * Electron main process: one window, one database, the API on one IPC channel. Started as the installed
 * `village` command (see cli-mode.ts) it runs the command line instead and opens no window.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, screen } from 'electron';
import { API_CHANNEL, PRINT_TO_PDF_CHANNEL } from '../../shared/api/channel';
import { runCli } from '../cli/main';
import { APP_VERSION } from '../core/app-version';
import { defaultDataFolder, resolveDatabasePath } from '../core/db/data-location';
import { keepNewFilesPrivate, PRIVATE_FILE_MODE } from '../core/files/private-files';
import { openCoreRuntime, type CoreRuntime } from '../core/runtime/core-runtime';
import { appSecrets } from './keychain-secrets';
import { scheduleOfferSweeps } from '../core/reach/offer-sweep-schedule';
import { scheduleDueSends } from '../core/reach/due-send-schedule';
import { createWorkerDispatch, type AsyncDispatch, type WorkerDispatch } from '../core/work/worker-dispatch';
import { APP_PAGE_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { cliArgumentsFrom } from './cli-mode';
import { installMenu } from './menu';
import { hardenSession, hardenWebContents } from './security';
import { createIpcHandler } from './ipc-handler';
import { createPrintToPdfHandler } from './print-to-pdf';
import { showProgressIn } from './progress-to-window';
import { describeStartupFailure } from './startup-failure';
import { dbFlagFrom } from './trusted-urls';
import { spawnUtilityWorker } from './utility-worker';
import { watchRenderer } from './window-recovery';
import { fitToScreens, loadWindowState, saveWindowState } from './window-state';

// First, before Electron or Village writes anything: the database, backups, window state, Chromium's own
// files in the data folder and saved PDFs are readable by the organizer's account only.
keepNewFilesPrivate();

const isDevelopment = !app.isPackaged && Boolean(process.env.ELECTRON_RENDERER_URL);
const rendererUrl = isDevelopment ? process.env.ELECTRON_RENDERER_URL! : APP_PAGE_URL;

// The same folder the CLI and browser mode use, whatever name Electron would derive.
const dataFolder = defaultDataFolder();

let mainWindow: BrowserWindow | null = null;
let runtime: CoreRuntime | null = null;
let work: WorkerDispatch | null = null;
let started = false;

/** The window if it is still open (on macOS it is destroyed when closed while the app lives on). */
function openWindow(): BrowserWindow | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
}

/** Closes both connections to the database: this thread's and the long-work process's. */
function closeDatabase(): void {
  void work?.close();
  work = null;
  runtime?.close();
  runtime = null;
}

function createWindow(): BrowserWindow {
  const state = fitToScreens(
    loadWindowState(dataFolder),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: 800,
    minHeight: 600,
    title: 'Village',
    show: false,
    backgroundColor: '#faf7f2',
    webPreferences: {
      // Reviewed preload: it exposes one function, invoke(method, params), on the API channel, and no
      // Node, ipcRenderer or environment (electron/preload/index.ts).
      preload: path.join(__dirname, '../preload/index.js'), // eng-disable PRELOAD_JS_CHECK
      // Middle-click would otherwise open links in new windows, around the window-open handler.
      disableBlinkFeatures: 'Auxclick',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // No dictionary downloads from Google's servers (see hardenSession).
      spellcheck: false,
    },
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => {
    window.show();
    // `npm start` waits for this line before it trusts Electron to have opened (see scripts/start.mjs).
    if (process.env.VILLAGE_REPORT_READY === '1') process.stdout.write('village: window ready\n');
  });
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    saveWindowState(dataFolder, { ...bounds, maximized: window.isMaximized() });
  });
  // Windows log-off or shutdown ends the process without will-quit: close the database cleanly first.
  window.on('session-end', closeDatabase);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  watchRenderer(window, { dialog, quit: () => app.quit() });
  void window.loadURL(rendererUrl);
  return window;
}

function showWindow(): void {
  const window = openWindow();
  if (!window) {
    mainWindow = createWindow();
    return;
  }
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

function serveApi(dispatch: AsyncDispatch): void {
  ipcMain.handle(API_CHANNEL, createIpcHandler(dispatch, rendererUrl));
  ipcMain.handle(
    PRINT_TO_PDF_CHANNEL,
    createPrintToPdfHandler<Electron.IpcMainInvokeEvent>({
      rendererUrl,
      // The page's print stylesheet decides what is on paper (e.g. the sign-in sheet only).
      print: (event) => event.sender.printToPDF({ printBackground: true, pageSize: 'Letter' }),
      chooseFile: async (event, suggestedName) => {
        const owner = BrowserWindow.fromWebContents(event.sender);
        const options = {
          defaultPath: path.join(app.getPath('documents'), suggestedName),
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        };
        const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
        return choice.canceled || !choice.filePath ? null : choice.filePath;
      },
      writeFile: (file, data) => fs.promises.writeFile(file, data, { mode: PRIVATE_FILE_MODE }),
    }),
  );
}

/** A start-up failure: say what happened, then leave for good (and release the single-instance lock). */
function failStartup(error: unknown, databasePath: string | null): void {
  const { title, message } = describeStartupFailure(error, databasePath);
  console.error(`[village] start-up failed: ${(error as Error)?.stack ?? String(error)}`);
  closeDatabase();
  dialog.showErrorBox(title, message);
  app.exit(1);
}

function start(): void {
  let databasePath: string | null = null;
  try {
    databasePath = resolveDatabasePath({ flag: dbFlagFrom(process.argv) });
    // A database that cannot be opened does not stop the app: the window explains and offers to restore
    // a backup (the runtime starts in recovery and never writes to that file).
    const opened = openCoreRuntime({ databasePath, version: APP_VERSION });
    runtime = opened;
    const daily = setInterval(
      () => {
        try {
          runtime?.backupIfDue();
        } catch (error) {
          console.error(`[village] daily backup failed: ${(error as { code?: string }).code ?? (error as Error).name}`);
        }
      },
      60 * 60 * 1000,
    );
    // Imports, backups and restores run in a utility process over the same file; their progress shows on
    // the window's taskbar or dock icon and in the page meanwhile.
    work = createWorkerDispatch({
      runtime: opened,
      version: APP_VERSION,
      spawn: spawnUtilityWorker,
      onActivity: (busy) => openWindow()?.setProgressBar(busy ? 2 : -1, { mode: busy ? 'indeterminate' : 'none' }),
      onProgress: showProgressIn(openWindow, rendererUrl),
      // The mail password: typed on the page, kept in the OS keychain when she ticks "Remember" (never
      // in the database or a backup); without a keychain, only for this run.
      secrets: appSecrets(app.getPath('userData')),
      // What is due goes as soon as she has typed the password, not at the next round.
      onPasswordKept: () => dueSends.now(),
    });
    // Waitlist offers run out at their deadline even while nobody looks; runtime.dispatch reaches whichever
    // database is open now (after a restore, the restored one). Not while long work (an import) holds the
    // write lock: this thread would wait for it; the next sweep catches up.
    const stopSweeps = scheduleOfferSweeps(() => {
      if (!work?.busy()) runtime?.dispatch('waitlist.sweep', {});
    });
    // Reminders and offers that are due go out by themselves when the keychain (or this run) has the password.
    const dueSends = scheduleDueSends(() => work?.sendDue() ?? Promise.resolve(null));
    app.on('will-quit', () => {
      clearInterval(daily);
      stopSweeps();
      dueSends.stop();
      closeDatabase();
    });
    protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(__dirname, '../renderer')));
    hardenSession(rendererUrl);
    installMenu(process.platform === 'darwin', isDevelopment);
    serveApi(work.dispatch);
    mainWindow = createWindow();
    started = true;
  } catch (error) {
    failStartup(error, databasePath);
  }
}

function startWindowApp(): void {
  app.setPath('userData', dataFolder);
  // Before ready: the app's own scheme, treated like https (secure, standard), for the renderer.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
  if (!app.requestSingleInstanceLock()) {
    // A second launch hands over to the first (which shows its window) and leaves.
    app.quit();
    return;
  }
  // A later launch (or a click on the dock/taskbar icon) shows the window, creating it when it was closed.
  app.on('second-instance', () => {
    if (started) showWindow();
  });
  app.on('activate', () => {
    if (started && BrowserWindow.getAllWindows().length === 0) showWindow();
  });
  hardenWebContents();
  // A start-up error that escapes (e.g. thrown by an event handler before the window exists) must not
  // leave a windowless process holding the lock.
  process.on('uncaughtException', (error) => {
    if (started) console.error(`[village] uncaught error: ${error.stack ?? error.message}`);
    else failStartup(error, null);
  });
  app.whenReady().then(start, (error: unknown) => failStartup(error, null));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

const cliArguments = cliArgumentsFrom(process.argv);
if (cliArguments) {
  // Exit once everything written has reached the terminal or pipe (app.exit does not wait for it).
  void runCli(cliArguments).then((code) => process.stdout.write('', () => app.exit(code)));
} else {
  startWindowApp();
}
