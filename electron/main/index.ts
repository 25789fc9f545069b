/**
 * Electron main process: one window, one database, the API on one IPC channel.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, screen } from 'electron';
import { API_CHANNEL, PRINT_TO_PDF_CHANNEL } from '../../shared/api/channel';
import type { Dispatch } from '../core/api/dispatch';
import { APP_VERSION } from '../core/app-version';
import { defaultDataFolder, resolveDatabasePath } from '../core/db/data-location';
import { keepNewFilesPrivate, PRIVATE_FILE_MODE } from '../core/files/private-files';
import { openCoreRuntime } from '../core/runtime/core-runtime';
import { installMenu } from './menu';
import { hardenSession, hardenWebContents } from './security';
import { createIpcHandler } from './ipc-handler';
import { createPrintToPdfHandler } from './print-to-pdf';
import { dbFlagFrom } from './trusted-urls';
import { fitToScreens, loadWindowState, saveWindowState } from './window-state';

// First, before Electron or Village writes anything: the database, backups, window state, Chromium's own
// files in the data folder and saved PDFs are readable by the organizer's account only.
keepNewFilesPrivate();

const isDevelopment = !app.isPackaged && Boolean(process.env.ELECTRON_RENDERER_URL);
const rendererUrl = isDevelopment
  ? process.env.ELECTRON_RENDERER_URL!
  : new URL(`file://${path.join(__dirname, '../renderer/index.html').replaceAll('\\', '/')}`).toString();

// The same folder the CLI and browser mode use, whatever name Electron would derive.
const dataFolder = defaultDataFolder();
app.setPath('userData', dataFolder);

let mainWindow: BrowserWindow | null = null;

function createWindow(): BrowserWindow {
  const state = fitToScreens(loadWindowState(dataFolder), screen.getAllDisplays().map((display) => display.workArea));
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
      spellcheck: true,
    },
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    saveWindowState(dataFolder, { ...bounds, maximized: window.isMaximized() });
  });
  void window.loadURL(rendererUrl);
  return window;
}

function serveApi(dispatch: Dispatch): void {
  ipcMain.handle(API_CHANNEL, createIpcHandler(dispatch, rendererUrl));
  ipcMain.handle(
    PRINT_TO_PDF_CHANNEL,
    createPrintToPdfHandler<Electron.IpcMainInvokeEvent>({
      rendererUrl,
      // The page's print stylesheet decides what is on paper (e.g. the sign-in sheet only).
      print: (event) => event.sender.printToPDF({ printBackground: true, pageSize: 'Letter' }),
      chooseFile: async (event, suggestedName) => {
        const owner = BrowserWindow.fromWebContents(event.sender);
        const options = { defaultPath: path.join(app.getPath('documents'), suggestedName), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
        const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
        return choice.canceled || !choice.filePath ? null : choice.filePath;
      },
      writeFile: (file, data) => fs.promises.writeFile(file, data, { mode: PRIVATE_FILE_MODE }),
    }),
  );
}

if (!app.requestSingleInstanceLock()) {
  // A second launch hands over to the first (which focuses its window) and leaves.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  hardenWebContents();

  void app.whenReady().then(() => {
    // A database that cannot be opened does not stop the app: the window explains and offers to restore
    // a backup (the runtime starts in recovery and never writes to that file).
    const runtime = openCoreRuntime({ databasePath: resolveDatabasePath({ flag: dbFlagFrom(process.argv) }), version: APP_VERSION });
    const daily = setInterval(() => runtime.backupIfDue(), 60 * 60 * 1000);
    app.on('will-quit', () => {
      clearInterval(daily);
      runtime.close();
    });
    hardenSession();
    installMenu(process.platform === 'darwin', isDevelopment);
    serveApi(runtime.dispatch);
    mainWindow = createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
