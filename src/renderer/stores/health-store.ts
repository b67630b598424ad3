import { create } from 'zustand';
import type { AppHealth } from '../../shared/contract/app';
import { api, events } from '../api/client';

export type ConnectionView = 'online' | 'offline' | 'unreachable' | 'checking';

interface HealthState {
  health: AppHealth | null;
  browserOnline: boolean;
  /** Asks main once (at start, after the event stream was broken, after a switch). Never on a timer. */
  refresh(): Promise<void>;
}

export const useHealth = create<HealthState>((set) => ({
  health: null,
  browserOnline: navigator.onLine,
  async refresh() {
    const result = await api.app.health();
    set({ health: result.ok ? result.data : null, browserOnline: navigator.onLine });
  },
}));

/** What the top bar says: the browser's own offline flag wins, then what main learned from Updox. */
export const selectConnection = (s: HealthState): ConnectionView => {
  if (!s.browserOnline) return 'offline';
  if (!s.health) return 'checking';
  return s.health.connection;
};

/** The active environment's id as main last said ('' before the first answer). */
export const selectEnvironmentId = (s: HealthState): string => s.health?.environment.id ?? '';

/**
 * The top bar's state: asked once, then kept by main's health event (environment, connection, queued count)
 * and the browser's own online/offline events. No polling.
 */
export const followHealth = (): (() => void) => {
  const refresh = () => void useHealth.getState().refresh();
  const browser = () => useHealth.setState({ browserOnline: navigator.onLine });
  refresh();
  const stops = [
    events.on('health', (health) => useHealth.setState({ health })),
    events.onReconnect(refresh),
  ];
  window.addEventListener('online', browser);
  window.addEventListener('offline', browser);
  return () => {
    stops.forEach((stop) => stop());
    window.removeEventListener('online', browser);
    window.removeEventListener('offline', browser);
  };
};
