import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** A recording stand-in for the parts of electron that bootstrap() touches. */
export const createFakeElectron = () => {
  const windows: FakeWindow[] = [];
  const ipcHandlers = new Map<string, (event: unknown, input: unknown) => unknown>();
  const appEvents = new EventEmitter();
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
    setWindowOpenHandler(h: (d: { url: string }) => { action: string }) {
      this.openHandler = h;
    }
  }
  class FakeWindow extends EventEmitter {
    webContents = new FakeContents();
    loaded: string | undefined;
    constructor(public options: Record<string, unknown>) {
      super();
      windows.push(this);
      appEvents.emit('web-contents-created', {}, this.webContents);
    }
    async loadURL(url: string) {
      this.loaded = url;
    }
    show() {}
  }

  const electron = {
    app: {
      isPackaged: true,
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      on: (event: string, fn: (...a: unknown[]) => void) => appEvents.on(event, fn),
      whenReady: () => Promise.resolve(),
      getPath: vi.fn(() => '/nonexistent-user-data'),
    },
    BrowserWindow: FakeWindow,
    ipcMain: {
      handle: (name: string, fn: (event: unknown, input: unknown) => unknown) => ipcHandlers.set(name, fn),
    },
    net: { fetch: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
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
    shell: { openExternal: vi.fn(async () => undefined) },
  };
  return { electron, windows, ipcHandlers, sessionState, appEvents };
};
