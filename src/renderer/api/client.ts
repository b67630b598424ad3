import type { ApiClient } from './api-types';
import { desktopEvents, webEvents, type EventSource } from './events';
import { createHttpClient, takeToken } from './http-transport';

const token = window.api ? '' : takeToken();

/**
 * The one client every screen uses. In the desktop app it is the preload's window.api (IPC); in a browser it is
 * the HTTP bridge to the web host. Screens never know which.
 */
export const api: ApiClient = window.api ?? createHttpClient(token);
export const hostKind: 'electron' | 'web' = window.api ? 'electron' : 'web';

/** Main's events: the preload's subscribes in the desktop app, the web host's event stream in a browser. */
export const events: EventSource = window.desk ? desktopEvents(window.desk) : webEvents(token);
