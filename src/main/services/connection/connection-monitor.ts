import type { AppHealth } from '../../../shared/contract/app';

type ConnectionState = AppHealth['connection'];

export interface ConnectionMonitor {
  /** The last known state, re-probed when older than maxAgeMs. */
  current(maxAgeMs?: number): Promise<{ state: ConnectionState; checkedAt: string }>;
  /** What a failed Updox call teaches us, without waiting for the next probe. */
  report(state: ConnectionState): void;
}

/**
 * Keeps the connection state the top bar shows. `probe` answers 'online' when Updox answered (any envelope),
 * 'unreachable' when it did not; the renderer combines it with navigator.onLine for 'offline'.
 */
export const createConnectionMonitor = (probe: () => Promise<ConnectionState>): ConnectionMonitor => {
  let last: { state: ConnectionState; at: number } | undefined;
  let inflight: Promise<ConnectionState> | undefined;
  const view = () => ({ state: last!.state, checkedAt: new Date(last!.at).toISOString() });
  return {
    async current(maxAgeMs = 5_000) {
      if (last && Date.now() - last.at < maxAgeMs) return view();
      inflight ??= probe()
        .catch((): ConnectionState => 'unreachable')
        .finally(() => (inflight = undefined));
      const state = await inflight;
      last = { state, at: Date.now() };
      return view();
    },
    report(state) {
      last = { state, at: Date.now() };
    },
  };
};
