import type { Updater } from './auto-update';

/**
 * electron-updater's autoUpdater, loaded only when updates are on. It is CommonJS and defines autoUpdater with a
 * getter, which Node's ESM interop shows on the default export only.
 */
export const loadElectronUpdater = async (): Promise<Updater> => {
  const loaded = await import('electron-updater');
  return loaded.default.autoUpdater;
};
