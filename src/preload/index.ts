import { contextBridge, ipcRenderer } from 'electron';
import { callNamesByDomain } from '../shared/contract/call-names';

/**
 * window.api: one named method per contract entry, each invoking exactly its own channel. No generic invoke,
 * no ipcRenderer, nothing else crosses the bridge. The names come from the names-only list (not the zod contract),
 * so the preload bundle stays a few kilobytes; main checks every input against the contract.
 */
const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
for (const [domain, methodNames] of Object.entries(callNamesByDomain)) {
  const methods: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const method of methodNames) {
    const channel = `${domain}.${method}`;
    methods[method] = (input?: unknown) => ipcRenderer.invoke(channel, input);
  }
  api[domain] = Object.freeze(methods);
}

contextBridge.exposeInMainWorld('api', Object.freeze(api));

/** The one message main sends unasked: a notification was clicked, open this screen (a hash route). */
contextBridge.exposeInMainWorld(
  'desk',
  Object.freeze({
    onOpenScreen: (listener: (screen: string) => void) => {
      ipcRenderer.on('app.openScreen', (_event, screen: unknown) => {
        if (typeof screen === 'string') listener(screen);
      });
    },
  }),
);
