import type { MenuItemConstructorOptions } from 'electron';

export interface AppMenuOptions {
  readonly isPackaged: boolean;
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  readonly version: string;
  readonly openLogsFolder: () => void;
  /** Present when updates are configured. */
  readonly checkForUpdates?: () => void;
}

/**
 * The application menu: Electron's standard roles for Edit and Window, a View menu without developer tools in a
 * packaged build, and Help with "Open logs folder" and the version.
 */
export const appMenuTemplate = (o: AppMenuOptions): MenuItemConstructorOptions[] => {
  const mac = o.platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    ...(o.isPackaged ? [] : [{ role: 'forceReload' as const }, { role: 'toggleDevTools' as const }]),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  const help: MenuItemConstructorOptions[] = [
    { label: 'Open logs folder', click: () => o.openLogsFolder() },
    ...(o.checkForUpdates ? [{ label: 'Check for updates…', click: () => o.checkForUpdates?.() }] : []),
    { type: 'separator' },
    { label: `${o.appName} version ${o.version}`, enabled: false },
  ];
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : [{ role: 'fileMenu' as const }]),
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    { role: 'help', submenu: help },
  ];
};
