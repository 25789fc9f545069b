/**
 * A window whose page crashed, hung or failed to load is never left blank: the first crash reloads the page
 * quietly; a second within a minute, a hang or a failed load asks the organizer what to do.
 */
import type { BrowserWindow, Dialog } from 'electron';

const CRASH_WINDOW_MS = 60_000;
/** net::ERR_ABORTED: a load replaced by another one (a reload), not a failure. */
const ERR_ABORTED = -3;

export interface RecoveryDeps {
  dialog: Pick<Dialog, 'showMessageBox'>;
  quit(): void;
  now?: () => number;
}

export function watchRenderer(window: BrowserWindow, deps: RecoveryDeps): void {
  const now = deps.now ?? Date.now;
  const contents = window.webContents;
  let lastCrash = Number.NEGATIVE_INFINITY;
  let asking = false;

  const ask = async (message: string, detail: string, buttons: [string, string]): Promise<number> => {
    if (asking || window.isDestroyed()) return -1;
    asking = true;
    try {
      const { response } = await deps.dialog.showMessageBox(window, {
        type: 'warning',
        title: 'Village',
        message,
        detail,
        buttons,
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      });
      return response;
    } finally {
      asking = false;
    }
  };

  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    const repeated = now() - lastCrash < CRASH_WINDOW_MS;
    lastCrash = now();
    if (!repeated) {
      contents.reload();
      return;
    }
    void ask('The Village window stopped working again.', `Your data is saved. (The page ended: ${details.reason}.)`, [
      'Reload',
      'Quit Village',
    ]).then((choice) => {
      if (choice === 0) contents.reload();
      else if (choice === 1) deps.quit();
    });
  });

  contents.on('unresponsive', () => {
    void ask(
      'Village is not responding.',
      'You can wait a little longer, or reload the window (your saved data is kept).',
      ['Wait', 'Reload'],
    ).then((choice) => {
      if (choice !== 1 || window.isDestroyed()) return;
      // A hung page may never run its unload, so end its process first; then load it afresh.
      contents.forcefullyCrashRenderer();
      contents.reload();
    });
  });

  contents.on('did-fail-load', (_event, errorCode, errorDescription, _url, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED) return;
    void ask('Village could not load its window.', `${errorDescription} (${errorCode}).`, [
      'Try again',
      'Quit Village',
    ]).then((choice) => {
      if (choice === 0) contents.reload();
      else if (choice === 1) deps.quit();
    });
  });
}
