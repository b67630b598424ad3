import type { ApiClient } from './api-types';
import { createHttpClient, takeToken } from './http-transport';

/**
 * The one client every screen uses. In the desktop app it is the preload's window.api (IPC); in a browser it is
 * the HTTP bridge to the web host. Screens never know which.
 */
export const api: ApiClient = window.api ?? createHttpClient(takeToken());
export const hostKind: 'electron' | 'web' = window.api ? 'electron' : 'web';
