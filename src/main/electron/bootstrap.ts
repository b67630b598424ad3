import path from 'node:path';
import type * as Electron from 'electron';
import { contract } from '../../shared/contract';
import { appId, appName, appVersion } from '../app-identity';
import { createHandlerTable } from '../handlers';
import { createDispatcher } from '../ipc/dispatch';
import { resolveDataDir } from '../platform/data-dir';
import type { Platform } from '../platform/types';
import { buildCsp, securityHeaders } from '../security/csp';
import { createAppServices, type AppServices } from '../services/app-services';
import { logger, writeLogFiles } from '../services/log/logger';
import { APP_ENTRY, trustedOrigins } from './app-origin';
import { appMenuTemplate } from './app-menu';
import { appSchemePrivileges, registerAppProtocol } from './app-protocol';
import { startAutoUpdate, updateUrlFrom, type UpdateControl, type Updater } from './auto-update';
import { bindIpc } from './bind-ipc';
import { attachContextMenu } from './context-menu';
import { startLocalCrashReporter, watchChildProcesses, watchRenderer } from './crash-handling';
import { createDesktopNotifier } from './desktop-notifier';
import { hardenContents } from './harden-contents';
import { hardenSession } from './harden-session';
import { nativeConfirm } from './native-dialogs';
import { bringForward, claimSingleInstance } from './single-instance';
import { windowChrome } from './window-options';
import { fitToDisplays, readWindowState, trackWindowState } from './window-state';

type ElectronModule = Pick<
  typeof Electron,
  | 'app'
  | 'BrowserWindow'
  | 'crashReporter'
  | 'dialog'
  | 'ipcMain'
  | 'Menu'
  | 'net'
  | 'Notification'
  | 'protocol'
  | 'screen'
  | 'session'
  | 'shell'
>;

/** What a host platform gives before the desktop shell adds its logs folder, notifications and dialogs. */
export type HostPlatform = Omit<Platform, 'logsDir' | 'notifier' | 'desktop'>;

/** The channel on which main asks the window to open a screen (a notification was clicked). */
const OPEN_SCREEN_CHANNEL = 'app.openScreen';

export interface BootstrapOptions {
  /** Folder of the built app (out/main); the preload and renderer sit beside it. */
  readonly outMainDir: string;
  readonly createPlatform: (dataDir: string) => HostPlatform;
  readonly env?: NodeJS.ProcessEnv;
  /** process.platform unless a test says otherwise. */
  readonly os?: NodeJS.Platform;
  /** electron-updater's autoUpdater, loaded only when an update URL is set. */
  readonly loadUpdater?: () => Promise<Updater>;
  /** The update URL built into this version (package.json "desk.updateUrl"). */
  readonly updateUrl?: string;
}

/**
 * The whole Electron glue, with electron passed in so a unit test can drive it with a fake and assert every
 * setting. src/main/index.ts only calls this.
 */
export const bootstrap = (electron: ElectronModule, options: BootstrapOptions): Promise<void> => {
  const { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session, shell } = electron;
  const env = options.env ?? process.env;
  const os = options.os ?? process.platform;
  const devServer = !app.isPackaged ? env.ELECTRON_RENDERER_URL : undefined;

  protocol.registerSchemesAsPrivileged(appSchemePrivileges);
  app.enableSandbox();
  let win: Electron.BrowserWindow | undefined;
  let openWindow: (() => Promise<void>) | undefined;
  const focusOrOpen = () => {
    if (win && !win.isDestroyed()) bringForward(win);
    else void openWindow?.();
  };
  if (!claimSingleInstance(app, focusOrOpen)) {
    app.quit();
    return Promise.resolve();
  }
  if (os === 'win32') app.setAppUserModelId(appId);
  const logsDir = app.getPath('logs');
  writeLogFiles(logsDir);
  logger.info('app.start', { version: appVersion, packaged: app.isPackaged, os });
  startLocalCrashReporter(electron.crashReporter);
  watchChildProcesses(app);

  const openExternal = (url: string) => shell.openExternal(url);
  app.on('web-contents-created', (_event, contents) => {
    hardenContents(contents, openExternal);
    attachContextMenu(contents, Menu);
  });

  let services: AppServices | undefined;
  let updates: UpdateControl | undefined;
  let closing = false;
  app.on('window-all-closed', () => {
    // macOS keeps the app in the dock with no window; elsewhere closing the window quits.
    if (os !== 'darwin') app.quit();
  });
  app.on('before-quit', (event) => {
    if (closing || !services) return;
    event.preventDefault();
    closing = true;
    updates?.stop();
    void services.close().finally(() => app.quit());
  });

  const openLogsFolder = async () => (await shell.openPath(logsDir)) === '';
  const openScreen = (screen: string | undefined) => {
    focusOrOpen();
    if (screen && win && !win.isDestroyed()) win.webContents.send(OPEN_SCREEN_CHANNEL, screen);
  };

  return app.whenReady().then(async () => {
    const dataDir = resolveDataDir({ env, fallback: app.getPath('userData') });
    const platform: Platform = {
      ...options.createPlatform(dataDir),
      logsDir,
      notifier: createDesktopNotifier(electron.Notification, openScreen),
      desktop: { confirm: (request) => nativeConfirm(dialog, win, request), openLogsFolder },
    };
    services = await createAppServices(platform);
    const dispatch = createDispatcher(contract, createHandlerTable(services));
    const csp = buildCsp({ connectSrc: [], devServer });
    hardenSession(session.defaultSession, csp);
    registerAppProtocol(
      protocol,
      path.join(options.outMainDir, '../renderer'),
      (fileUrl) => net.fetch(fileUrl),
      securityHeaders(csp),
    );
    bindIpc(ipcMain, contract, dispatch, {
      origins: trustedOrigins(devServer),
      isOwnWindow: (event) =>
        win !== undefined && event.sender === win.webContents && event.senderFrame === event.sender.mainFrame,
    });

    openWindow = async () => {
      const primary = screen.getPrimaryDisplay();
      const areas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map(
        (d) => d.workArea,
      );
      const initial = fitToDisplays(readWindowState(dataDir), areas, {
        width: windowChrome.width ?? 1280,
        height: windowChrome.height ?? 800,
      });
      // The renderer's sandbox, written out literally so static scanners (electronegativity) can read it; every
      // line is asserted by test/unit/electron/window-security.test.ts.
      const created = new BrowserWindow({
        ...windowChrome,
        ...initial.bounds,
        webPreferences: {
          preload: path.join(options.outMainDir, '../preload/index.cjs'),
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          experimentalFeatures: false,
          webviewTag: false,
          navigateOnDragDrop: false,
          disableBlinkFeatures: 'Auxclick',
          safeDialogs: true,
          spellcheck: true,
          devTools: !app.isPackaged,
        },
      });
      win = created;
      if (initial.maximized) created.maximize();
      trackWindowState(created, dataDir, (error) =>
        logger.warn('app.window.state', { reason: error instanceof Error ? error.message : 'unknown' }),
      );
      watchRenderer(created, dialog);
      created.on('closed', () => {
        if (win === created) win = undefined;
      });
      created.once('ready-to-show', () => created.show());
      await created.loadURL(devServer ?? APP_ENTRY);
    };

    // An updater that cannot start must not stop the app: log it and run without updates.
    updates = await startAutoUpdate({
      url: updateUrlFrom(options.updateUrl, env),
      loadUpdater: options.loadUpdater ?? (() => Promise.reject(new Error('No updater was given.'))),
      dialog,
    }).catch((error: unknown) => {
      logger.warn('app.updates.start', { reason: error instanceof Error ? error.message : 'unknown' });
      return undefined;
    });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        appMenuTemplate({
          isPackaged: app.isPackaged,
          platform: os,
          appName,
          version: appVersion,
          openLogsFolder: () => void openLogsFolder(),
          ...(updates ? { checkForUpdates: updates.checkNow } : {}),
        }),
      ),
    );
    // macOS: clicking the dock icon with no window open opens one.
    app.on('activate', () => {
      if (!win || win.isDestroyed()) void openWindow?.();
    });
    await openWindow();
  });
};
