import type { AppHealth } from '../../../shared/contract/app';

type ConnectionState = AppHealth['connection'];
export interface ConnectionView {
  state: ConnectionState;
  checkedAt: string;
}

export interface ConnectionMonitor {
  /** The last known state, re-probed when older than maxAgeMs. */
  current(maxAgeMs?: number): Promise<ConnectionView>;
  /** The last known state without asking Updox (null before the first probe). */
  known(): ConnectionView | null;
  /** What a failed Updox call teaches us, without waiting for the next probe. */
  report(state: ConnectionState): void;
  /** Asks Updox now (the active environment changed). */
  recheck(): Promise<ConnectionView>;
  /** Called when the state changes (not on every probe). */
  onChange(listener: (view: ConnectionView) => void): () => void;
  /** Probes in the background: main's own loop, so the renderer never has to poll for the top bar. */
  start(): void;
  stop(): void;
}

export interface ConnectionTiming {
  /** How often Updox is probed while it answers. */
  onlineMs: number;
  /** How often while it does not (to notice it is back). */
  unreachableMs: number;
}

const defaultConnectionTiming: ConnectionTiming = { onlineMs: 30_000, unreachableMs: 5_000 };

/**
 * Keeps the connection state the top bar shows. `probe` answers 'online' when Updox answered (any envelope),
 * 'unreachable' when it did not; the renderer combines it with navigator.onLine for 'offline'. A change is
 * announced to `onChange` listeners (the health event).
 */
export const createConnectionMonitor = (
  probe: () => Promise<ConnectionState>,
  timing: ConnectionTiming = defaultConnectionTiming,
): ConnectionMonitor => {
  let last: { state: ConnectionState; at: number } | undefined;
  let inflight: Promise<ConnectionState> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  const listeners = new Set<(view: ConnectionView) => void>();
  const view = (): ConnectionView => ({ state: last!.state, checkedAt: new Date(last!.at).toISOString() });

  const record = (state: ConnectionState) => {
    const changed = last?.state !== state;
    last = { state, at: Date.now() };
    if (changed) for (const listener of listeners) listener(view());
    schedule();
  };
  const probeNow = async (): Promise<ConnectionView> => {
    inflight ??= probe()
      .catch((): ConnectionState => 'unreachable')
      .finally(() => (inflight = undefined));
    record(await inflight);
    return view();
  };
  function schedule() {
    if (!running) return;
    clearTimeout(timer);
    const wait = last?.state === 'online' ? timing.onlineMs : timing.unreachableMs;
    timer = setTimeout(() => void probeNow(), wait);
    timer.unref();
  }

  return {
    async current(maxAgeMs = 5_000) {
      if (last && Date.now() - last.at < maxAgeMs) return view();
      return probeNow();
    },
    known: () => (last ? view() : null),
    report: record,
    recheck: probeNow,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      if (running) return;
      running = true;
      if (last) schedule();
      else void probeNow();
    },
    stop() {
      running = false;
      clearTimeout(timer);
    },
  };
};
