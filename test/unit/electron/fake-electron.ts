import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface FakeMenuItem {
  role?: string;
  label?: string;
  enabled?: boolean;
  type?: string;
  click?: () => void;
  submenu?: FakeMenuItem[];
}

/** A recording stand-in for the parts of electron that bootstrap() touches. */
export const createFakeElectron = (
  options: { displays?: Rect[]; logsDir?: string; dialogAnswers?: number[] } = {},
) => {
  const windows: FakeWindow[] = [];
  const ipcHandlers = new Map<string, (event: unknown, input: unknown) => unknown>();
  const appEvents = new EventEmitter();
  const dialogAnswers = [...(options.dialogAnswers ?? [])];
  const dialogs: Array<{ window: unknown; options: Record<string, unknown> }> = [];
  const menus: { application: FakeMenuItem[] | undefined; popups: FakeMenuItem[][] } = {
    application: undefined,
    popups: [],
  };
  const notifications: FakeNotification[] = [];
  const dictionary: string[] = [];
  const sessionState = {
    permissionRequest: undefined as undefined | ((c: unknown, p: string, cb: (ok: boolean) => void) => void),
    permissionCheck: undefined as undefined | (() => boolean),
    devicePermission: undefined as undefined | (() => boolean),
    headers: undefined as
      | undefined
      | ((
          d: { responseHeaders?: Record<string, string[]> },
          cb: (r: { responseHeaders: Record<string, string[]> }) => void,
        ) => void),
  };

  class FakeContents extends EventEmitter {
    openHandler: ((d: { url: string }) => { action: string }) | undefined;
    mainFrame = { url: 'app://desk/index.html' };
    sent: Array<[string, unknown]> = [];
    replaced: string[] = [];
    session = { addWordToSpellCheckerDictionary: (w: string) => dictionary.push(w) };
    setWindowOpenHandler(h: (d: { url: string }) => { action: string }) {
      this.openHandler = h;
    }
    destroyed = false;
    send(channel: string, payload: unknown) {
      this.sent.push([channel, payload]);
    }
    isDestroyed() {
      return this.destroyed;
    }
    replaceMisspelling(word: string) {
      this.replaced.push(word);
    }
  }
  class FakeWindow extends EventEmitter {
    webContents = new FakeContents();
    loaded: string | undefined;
    minimized = false;
    maximized = false;
    destroyed = false;
    visible = false;
    focused = 0;
    reloads = 0;
    bounds: Rect;
    constructor(public options: Record<string, unknown>) {
      super();
      this.bounds = {
        x: (options.x as number | undefined) ?? 0,
        y: (options.y as number | undefined) ?? 0,
        width: options.width as number,
        height: options.height as number,
      };
      windows.push(this);
      appEvents.emit('web-contents-created', {}, this.webContents);
    }
    async loadURL(url: string) {
      this.loaded = url;
    }
    show() {
      this.visible = true;
    }
    focus() {
      this.focused += 1;
    }
    isMinimized() {
      return this.minimized;
    }
    restore() {
      this.minimized = false;
    }
    maximize() {
      this.maximized = true;
    }
    isMaximized() {
      return this.maximized;
    }
    isDestroyed() {
      return this.destroyed;
    }
    reload() {
      this.reloads += 1;
    }
    getNormalBounds() {
      return this.bounds;
    }
    /** What closing the window does: 'close', then destroyed, then 'closed' and perhaps window-all-closed. */
    close() {
      this.emit('close', { preventDefault: () => undefined });
      this.destroyed = true;
      this.emit('closed');
      appEvents.emit('window-all-closed');
    }
  }
  class FakeNotification extends EventEmitter {
    shown = false;
    static isSupported = () => true;
    constructor(public options: { title?: string; body?: string }) {
      super();
      notifications.push(this);
    }
    show() {
      this.shown = true;
    }
  }
  const displays = (options.displays ?? [{ x: 0, y: 0, width: 1920, height: 1040 }]).map((workArea, id) => ({
    id,
    workArea,
  }));

  const electron = {
    app: {
      isPackaged: true,
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      setAppUserModelId: vi.fn(),
      on: (event: string, fn: (...a: unknown[]) => void) => appEvents.on(event, fn),
      whenReady: () => Promise.resolve(),
      getPath: vi.fn((name: string) => (name === 'logs' ? options.logsDir : '/nonexistent-user-data')),
    },
    BrowserWindow: FakeWindow,
    crashReporter: { start: vi.fn() },
    dialog: {
      showMessageBox: vi.fn(async (a: unknown, b?: Record<string, unknown>) => {
        dialogs.push(
          b ? { window: a, options: b } : { window: undefined, options: a as Record<string, unknown> },
        );
        return { response: dialogAnswers.shift() ?? 1, checkboxChecked: false };
      }),
    },
    ipcMain: {
      handle: (name: string, fn: (event: unknown, input: unknown) => unknown) => ipcHandlers.set(name, fn),
    },
    Menu: {
      buildFromTemplate: (template: FakeMenuItem[]) => ({
        template,
        popup: () => menus.popups.push(template),
      }),
      setApplicationMenu: (menu: { template: FakeMenuItem[] }) => (menus.application = menu.template),
    },
    net: { fetch: vi.fn() },
    Notification: FakeNotification,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    screen: {
      getAllDisplays: () => displays,
      getPrimaryDisplay: () => displays[0]!,
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof sessionState.permissionRequest) =>
          (sessionState.permissionRequest = h),
        setPermissionCheckHandler: (h: typeof sessionState.permissionCheck) =>
          (sessionState.permissionCheck = h),
        setDevicePermissionHandler: (h: typeof sessionState.devicePermission) =>
          (sessionState.devicePermission = h),
        webRequest: { onHeadersReceived: (h: typeof sessionState.headers) => (sessionState.headers = h) },
      },
    },
    shell: { openExternal: vi.fn(async () => undefined), openPath: vi.fn(async () => '') },
  };
  return {
    electron,
    windows,
    ipcHandlers,
    sessionState,
    appEvents,
    dialogs,
    menus,
    notifications,
    dictionary,
  };
};

export type FakeElectron = ReturnType<typeof createFakeElectron>;
