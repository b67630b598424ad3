import { eventNames } from '../../shared/contract/event-names';
import type { DeskBridge, DeskEvent, DeskEventMap, EventName } from '../../shared/contract/events';

type Listener<N extends EventName> = (payload: DeskEvent<N>) => void;

/** Main's events, one subscription each; `onReconnect` after the stream was broken (events may have been missed). */
export interface EventSource {
  on<N extends EventName>(name: N, listener: Listener<N>): () => void;
  onReconnect(listener: () => void): () => void;
  /** The stream broke: the host went away (it is opened again, and `onReconnect` says when). */
  onLost(listener: () => void): () => void;
}

const createHub = () => {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const reconnects = new Set<() => void>();
  const losses = new Set<() => void>();
  return {
    emit<N extends EventName>(name: N, payload: DeskEventMap[N]) {
      for (const listener of listeners.get(name) ?? []) (listener as Listener<N>)(payload);
    },
    reconnected: () => reconnects.forEach((listener) => listener()),
    lost: () => losses.forEach((listener) => listener()),
    source: {
      on(name, listener) {
        const set = listeners.get(name) ?? new Set();
        listeners.set(name, set);
        set.add(listener as (payload: never) => void);
        return () => void set.delete(listener as (payload: never) => void);
      },
      onReconnect(listener) {
        reconnects.add(listener);
        return () => void reconnects.delete(listener);
      },
      onLost(listener) {
        losses.add(listener);
        return () => void losses.delete(listener);
      },
    } satisfies EventSource,
  };
};

const subscribeName = (name: EventName) => `on${name[0]!.toUpperCase()}${name.slice(1)}` as const;

/** Desktop app: the preload's one named subscribe per event (IPC); the stream cannot break there. */
export const desktopEvents = (desk: DeskBridge): EventSource => {
  const hub = createHub();
  for (const name of eventNames) {
    const subscribe = desk[subscribeName(name) as `on${Capitalize<typeof name>}`] as (
      listener: (payload: DeskEventMap[typeof name]) => void,
    ) => () => void;
    subscribe((payload) => hub.emit(name, payload));
  }
  return hub.source;
};

/** Splits a Server-Sent Events text into complete events; answers them and the unfinished rest. */
export const parseEventStream = (
  text: string,
): { events: { name: string; data: string }[]; rest: string } => {
  const blocks = text.split('\n\n');
  const rest = blocks.pop() ?? '';
  const events = blocks.flatMap((block) => {
    let name = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) name = line.slice(7);
      else if (line.startsWith('data: ')) data.push(line.slice(6));
    }
    return data.length > 0 ? [{ name, data: data.join('\n') }] : [];
  });
  return { events, rest };
};

const isEventName = (name: string): name is EventName => (eventNames as readonly string[]).includes(name);
const RECONNECT_MAX_MS = 30_000;

/**
 * Browser: GET /events with the token header (fetch, since EventSource cannot send one), read as a stream. When
 * the stream breaks it opens again after a wait that doubles up to 30 s (only then: an open stream costs no
 * calls), and tells `onReconnect` listeners so they fetch what they may have missed.
 */
export const webEvents = (token: string): EventSource => {
  const hub = createHub();
  let wait = 500;
  let opened = false;
  const connect = async (): Promise<void> => {
    try {
      const res = await fetch('/events', { headers: { 'x-desk-token': token }, cache: 'no-store' });
      if (!res.ok || !res.body) throw new Error(`events ${res.status}`);
      if (opened) hub.reconnected();
      opened = true;
      wait = 500;
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const { events, rest } = parseEventStream(buffer + value);
        buffer = rest;
        for (const event of events) {
          if (isEventName(event.name))
            hub.emit(event.name, JSON.parse(event.data) as DeskEventMap[EventName]);
        }
      }
    } catch {
      // The host went away or refused: try again below.
    }
    if (opened) hub.lost();
    window.setTimeout(() => void connect(), wait);
    wait = Math.min(wait * 2, RECONNECT_MAX_MS);
  };
  void connect();
  return hub.source;
};
