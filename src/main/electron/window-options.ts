import type { BrowserWindowConstructorOptions } from 'electron';

/** The window's size and chrome. Its webPreferences (the security settings) are written out in bootstrap.ts. */
export const windowChrome: BrowserWindowConstructorOptions = {
  width: 1280,
  height: 800,
  minWidth: 1024,
  minHeight: 700,
  show: false,
  title: 'Onboarding Desk',
  autoHideMenuBar: true,
};
