import type { WebContents } from 'electron';
import { externalLinkAllowed } from './app-origin';

/**
 * No navigation away from the app, no new windows, no webviews. A link to an http(s) page opens in the system
 * browser after its URL has been parsed; anything else is dropped.
 */
export const hardenContents = (contents: WebContents, openExternal: (url: string) => Promise<void>): void => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (externalLinkAllowed(url)) void openExternal(url);
    return { action: 'deny' };
  });
};
