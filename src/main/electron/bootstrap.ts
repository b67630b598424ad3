import path from 'node:path';
import type * as Electron from 'electron';
import { contract } from '../../shared/contract';
import { createHandlerTable } from '../handlers';
import { createDispatcher } from '../ipc/dispatch';
import { resolveDataDir } from '../platform/data-dir';
import type { Platform } from '../platform/types';
import { buildCsp, securityHeaders } from '../security/csp';
import { createAppServices, type AppServices } from '../services/app-services';
import { APP_ENTRY, trustedOrigins } from './app-origin';
import { appSchemePrivileges, registerAppProtocol } from './app-protocol';
import { bindIpc } from './bind-ipc';
import { hardenContents } from './harden-contents';
import { hardenSession } from './harden-session';
import { windowChrome } from './window-options';

type ElectronModule = Pick<
  typeof Electron,
  'app' | 'BrowserWindow' | 'ipcMain' | 'net' | 'protocol' | 'session' | 'shell'
>;

export interface BootstrapOptions {
  /** Folder of the built app (out/main); the preload and renderer sit beside it. */
  readonly outMainDir: string;
  readonly createPlatform: (dataDir: string) => Platform;
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * The whole Electron glue, with electron passed in so a unit test can drive it with a fake and assert every
 * security setting. src/main/index.ts only calls this.
 */
export const bootstrap = (electron: ElectronModule, options: BootstrapOptions): Promise<void> => {
  const { app, BrowserWindow, ipcMain, net, protocol, session, shell } = electron;
  const env = options.env ?? process.env;
  const devServer = !app.isPackaged ? env.ELECTRON_RENDERER_URL : undefined;

  protocol.registerSchemesAsPrivileged(appSchemePrivileges);
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return Promise.resolve();
  }

  const openExternal = (url: string) => shell.openExternal(url);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, openExternal));

  let services: AppServices | undefined;
  app.on('window-all-closed', () => {
    void services?.close().finally(() => app.quit());
  });

  return app.whenReady().then(async () => {
    const dataDir = resolveDataDir({ env, fallback: app.getPath('userData') });
    services = await createAppServices(options.createPlatform(dataDir));
    const dispatch = createDispatcher(contract, createHandlerTable(services));
    const csp = buildCsp({ connectSrc: [], devServer });
    hardenSession(session.defaultSession, csp);
    registerAppProtocol(
      protocol,
      path.join(options.outMainDir, '../renderer'),
      (fileUrl) => net.fetch(fileUrl),
      securityHeaders(csp),
    );

    // The renderer's sandbox, written out literally so static scanners (electronegativity) can read it; every
    // line is asserted by test/unit/electron/window-security.test.ts.
    const win = new BrowserWindow({
      ...windowChrome,
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
      },
    });
    bindIpc(ipcMain, contract, dispatch, {
      origins: trustedOrigins(devServer),
      isOwnWindow: (event) =>
        event.sender === win.webContents && event.senderFrame === event.sender.mainFrame,
    });
    win.once('ready-to-show', () => win.show());
    await win.loadURL(devServer ?? APP_ENTRY);
  });
};
