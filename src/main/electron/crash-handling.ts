import type { App, BrowserWindow, CrashReporter, Dialog, RenderProcessGoneDetails, Details } from 'electron';
import { logger } from '../services/log/logger';

/** Minidumps stay on this machine (in Electron's crashDumps folder): nothing is ever uploaded. */
export const startLocalCrashReporter = (crashReporter: Pick<CrashReporter, 'start'>): void => {
  crashReporter.start({ uploadToServer: false, compress: true });
};

/**
 * A renderer that crashed or was killed leaves a blank window: log why, then offer to reload it. Drafts are saved
 * in main on every change, so a reload loses nothing the person typed.
 */
export const watchRenderer = (
  win: Pick<BrowserWindow, 'webContents' | 'reload' | 'isDestroyed'>,
  dialog: Pick<Dialog, 'showMessageBox'>,
): void => {
  win.webContents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    logger.error('app.renderer.gone', { reason: details.reason, exitCode: details.exitCode });
    if (details.reason === 'clean-exit' || win.isDestroyed()) return;
    void dialog
      .showMessageBox(win as BrowserWindow, {
        type: 'error',
        title: 'The window stopped working',
        message: 'The Onboarding Desk window stopped working.',
        detail: `Your drafts are saved. Reload the window to carry on where you were. (Reason: ${details.reason}.)`,
        buttons: ['Reload', 'Close'],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      })
      .then(({ response }) => {
        if (response === 0 && !win.isDestroyed()) win.reload();
      });
  });
};

/** GPU, utility and other helper processes: logged (Chromium restarts what it can). */
export const watchChildProcesses = (app: Pick<App, 'on'>): void => {
  app.on('child-process-gone', (_event, details: Details) => {
    logger.error('app.child.gone', {
      type: details.type,
      reason: details.reason,
      exitCode: details.exitCode,
      name: details.name ?? null,
    });
  });
};
