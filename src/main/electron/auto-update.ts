import type { Dialog } from 'electron';
import { logger } from '../services/log/logger';

/** The part of electron-updater's autoUpdater this app uses (injected, so tests can record it). */
export interface Updater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(): void;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The update URL: DESK_UPDATE_URL, else the one built into package.json ("desk.updateUrl"); https only. */
export const updateUrlFrom = (configured: string | undefined, env: NodeJS.ProcessEnv): string | undefined => {
  const raw = env.DESK_UPDATE_URL || configured;
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
    return url.protocol === 'https:' || (url.protocol === 'http:' && loopback) ? url.toString() : undefined;
  } catch {
    return undefined;
  }
};

export interface UpdateControl {
  /** Checks now (the Help menu's "Check for updates…"). */
  checkNow(): void;
  stop(): void;
}

/**
 * Updates from a generic update server: off (nothing loaded, nothing checked) when no URL is set. When on, it
 * checks at start and daily, downloads in the background, and asks before restarting to install.
 */
export const startAutoUpdate = async (options: {
  url: string | undefined;
  loadUpdater: () => Promise<Updater>;
  dialog: Pick<Dialog, 'showMessageBox'>;
  everyMs?: number;
}): Promise<UpdateControl | undefined> => {
  if (!options.url) {
    logger.info('app.updates.off', { reason: 'no update URL configured' });
    return undefined;
  }
  const updater = await options.loadUpdater();
  updater.autoDownload = true;
  updater.autoInstallOnAppQuit = false;
  updater.setFeedURL({ provider: 'generic', url: options.url });
  updater.on('error', (error) => logger.warn('app.updates.error', { reason: error.message }));
  updater.on('update-downloaded', (info) => {
    logger.info('app.updates.downloaded', { version: info.version });
    void options.dialog
      .showMessageBox({
        type: 'info',
        title: 'Update ready',
        message: `Onboarding Desk ${info.version} is ready to install.`,
        detail:
          'Restart now to install it? Your drafts are saved. If you choose Later, it is installed the next time you restart.',
        buttons: ['Restart now', 'Later'],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      })
      .then(({ response }) => {
        if (response === 0) updater.quitAndInstall();
        else updater.autoInstallOnAppQuit = true;
      });
  });
  const check = () => {
    updater.checkForUpdates().catch((error: unknown) => {
      logger.warn('app.updates.check', { reason: error instanceof Error ? error.message : 'unknown' });
    });
  };
  check();
  const timer = setInterval(check, options.everyMs ?? DAY_MS);
  timer.unref();
  return { checkNow: check, stop: () => clearInterval(timer) };
};
