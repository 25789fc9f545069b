import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';

/**
 * Electron's API faked at the module boundary (`vi.doMock('electron', …)`), for the main process's
 * lifecycle under Node: the app, windows and their web contents are event emitters the test drives the
 * way Electron would, and every call main makes is recorded. Only what electron/main uses is here.
 * Destroyed windows throw on use, as Electron's do ("Object has been destroyed").
 */
export interface MessageBoxCall {
  message: string;
  buttons: string[];
}

export class FakeWebContents extends EventEmitter {
  reloads = 0;
  crashedOnPurpose = 0;
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  /** The page loaded (loadURL), or where a test says it went. */
  url = '';
  /** What main sent to the page (webContents.send). */
  sent: { channel: string; args: unknown[] }[] = [];
  getURL(): string {
    return this.url;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  reload(): void {
    this.reloads += 1;
  }
  forcefullyCrashRenderer(): void {
    this.crashedOnPurpose += 1;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
}

export function createFakeElectron(
  options: { singleInstanceLock?: boolean; platform?: NodeJS.Platform; messageBoxAnswer?: number } = {},
) {
  const calls = {
    errorBoxes: [] as { title: string; message: string }[],
    messageBoxes: [] as MessageBoxCall[],
    exits: [] as number[],
    quits: 0,
    lockRequests: 0,
    ipcHandlers: new Map<string, (...args: unknown[]) => unknown>(),
    privilegedSchemes: [] as { scheme: string; privileges: Record<string, boolean> }[],
    protocolHandlers: new Map<string, (request: { url: string }) => Response>(),
    permissionRequest: null as
      | null
      | ((
          contents: unknown,
          permission: string,
          callback: (granted: boolean) => void,
          details: { requestingUrl?: string },
        ) => void),
    permissionCheck: null as null | ((contents: unknown, permission: string, origin: string) => boolean),
    spellChecker: [] as boolean[],
    forked: [] as string[],
  };
  let messageBoxAnswer = options.messageBoxAnswer ?? 0;

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    setPath: () => undefined,
    getPath: () => '/tmp',
    requestSingleInstanceLock: () => {
      calls.lockRequests += 1;
      return options.singleInstanceLock ?? true;
    },
    whenReady: () => Promise.resolve(),
    quit: () => {
      calls.quits += 1;
    },
    exit: (code = 0) => {
      calls.exits.push(code);
    },
  });

  class BrowserWindow extends EventEmitter {
    static all: BrowserWindow[] = [];
    static getAllWindows(): BrowserWindow[] {
      return BrowserWindow.all.filter((window) => !window.destroyed);
    }
    static fromWebContents(contents: FakeWebContents): BrowserWindow | null {
      return BrowserWindow.all.find((window) => window.webContents === contents) ?? null;
    }
    readonly webContents = new FakeWebContents();
    loadedUrl: string | null = null;
    destroyed = false;
    visible = false;
    minimized = false;
    focused = 0;
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      BrowserWindow.all.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    private alive(): void {
      if (this.destroyed) throw new TypeError('Object has been destroyed');
    }
    loadURL(url: string): Promise<void> {
      this.alive();
      this.loadedUrl = url;
      this.webContents.url = url;
      return Promise.resolve();
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    isMinimized(): boolean {
      this.alive();
      return this.minimized;
    }
    restore(): void {
      this.alive();
      this.minimized = false;
    }
    show(): void {
      this.alive();
      this.visible = true;
    }
    focus(): void {
      this.alive();
      this.focused += 1;
    }
    progress: number[] = [];
    setProgressBar(value: number): void {
      this.progress.push(value);
    }
    maximize(): void {}
    isMaximized(): boolean {
      return false;
    }
    getNormalBounds() {
      return { x: 10, y: 10, width: 1200, height: 800 };
    }
    /** The organizer closes the window (as Electron: close, then destroyed, then closed). */
    close(): void {
      this.alive();
      this.emit('close');
      this.destroyed = true;
      this.emit('closed');
      if (BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
    }
  }

  const dialog = {
    showErrorBox: (title: string, message: string) => {
      calls.errorBoxes.push({ title, message });
    },
    showMessageBox: (_window: unknown, box: MessageBoxCall) => {
      calls.messageBoxes.push({ message: box.message, buttons: box.buttons });
      return Promise.resolve({ response: messageBoxAnswer, checkboxChecked: false });
    },
    showSaveDialog: () => Promise.resolve({ canceled: true }),
  };

  const session = {
    defaultSession: {
      setPermissionRequestHandler: (handler: typeof calls.permissionRequest) => {
        calls.permissionRequest = handler;
      },
      setPermissionCheckHandler: (handler: typeof calls.permissionCheck) => {
        calls.permissionCheck = handler;
      },
      setSpellCheckerEnabled: (enabled: boolean) => {
        calls.spellChecker.push(enabled);
      },
      webRequest: { onHeadersReceived: () => undefined },
    },
  };

  const module = {
    app,
    BrowserWindow,
    dialog,
    session,
    ipcMain: {
      handle: (channel: string, handler: (...args: unknown[]) => unknown) => {
        calls.ipcHandlers.set(channel, handler);
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string; privileges: Record<string, boolean> }[]) => {
        calls.privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: { url: string }) => Response) => {
        calls.protocolHandlers.set(scheme, handler);
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => undefined },
    shell: { openExternal: () => Promise.resolve() },
    // A utility process stands in as a worker thread running the same script (core-worker.js speaks both).
    utilityProcess: {
      fork: (modulePath: string) => {
        calls.forked.push(modulePath);
        const worker = new Worker(modulePath);
        const child = Object.assign(new EventEmitter(), {
          postMessage: (message: unknown) => worker.postMessage(message),
          kill: () => {
            void worker.terminate();
            return true;
          },
        });
        worker.on('message', (message) => child.emit('message', message));
        worker.on('exit', (code) => child.emit('exit', code));
        return child;
      },
    },
  };

  return {
    module,
    calls,
    app,
    BrowserWindow,
    platform: options.platform ?? process.platform,
    answerMessageBoxesWith(choice: number) {
      messageBoxAnswer = choice;
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
