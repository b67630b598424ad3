import type { App, BrowserWindow } from 'electron';

type Window = Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>;

/** Brings a window forward: restored if minimized, shown if hidden, focused. */
export const bringForward = (win: Window): void => {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
};

/**
 * One instance: the first launch holds the lock; a second launch hands over to it (Electron emits
 * 'second-instance' in the first) and quits. The first then brings its window forward, or opens one.
 * Returns false in the second instance, which must quit.
 */
export const claimSingleInstance = (
  app: Pick<App, 'requestSingleInstanceLock' | 'on'>,
  focusOrOpen: () => void,
): boolean => {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => focusOrOpen());
  return true;
};
