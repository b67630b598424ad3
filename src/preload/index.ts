import { contextBridge, ipcRenderer } from 'electron';
import { callNamesByDomain } from '../shared/contract/call-names';
import type { DeskBridge, DeskEvent, EventName } from '../shared/contract/events';

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

/** The subscribe of one event: listens on its own channel only; answers the unsubscribe. Not exposed itself. */
const subscribe =
  <N extends EventName>(name: N) =>
  (listener: (payload: DeskEvent<N>) => void): (() => void) => {
    const channel = `event.${name}`;
    const forward = (_event: unknown, payload: DeskEvent<N>) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => void ipcRenderer.removeListener(channel, forward);
  };

/** What main sends unasked: one named subscribe per event of src/shared/contract/events.ts, and open-screen. */
const desk: DeskBridge = {
  onHealth: subscribe('health'),
  onSubmission: subscribe('submission'),
  onNumbers: subscribe('numbers'),
  onSmsPoll: subscribe('smsPoll'),
  onToast: subscribe('toast'),
  onStorageNotice: subscribe('storageNotice'),
  onPipeline: subscribe('pipeline'),
  onBatch: subscribe('batch'),
  /** A notification was clicked: open this screen (a hash route). */
  onOpenScreen: (listener) => {
    ipcRenderer.on('app.openScreen', (_event, screen: unknown) => {
      if (typeof screen === 'string') listener(screen);
    });
  },
};
contextBridge.exposeInMainWorld('desk', Object.freeze(desk));
