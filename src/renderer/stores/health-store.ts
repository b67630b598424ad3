import { create } from 'zustand';
import type { AppHealth } from '../../shared/contract/app';
import { api, events } from '../api/client';

/** 'host-lost': the app's own host (the web host) is not answering, or no longer takes this page's address. */
export type ConnectionView = 'online' | 'offline' | 'unreachable' | 'checking' | 'host-lost';

interface HealthState {
  health: AppHealth | null;
  browserOnline: boolean;
  /** The host stopped answering (the event stream broke, or main refused or missed a call). */
  hostLost: boolean;
  /** Asks main once (at start, after the event stream was broken, after a switch). Never on a timer. */
  refresh(): Promise<void>;
}

export const useHealth = create<HealthState>((set) => ({
  health: null,
  browserOnline: navigator.onLine,
  hostLost: false,
  async refresh() {
    const result = await api.app.health();
    set(
      result.ok
        ? { health: result.data, hostLost: false, browserOnline: navigator.onLine }
        : { hostLost: true, browserOnline: navigator.onLine },
    );
  },
}));

/** What the top bar says: the browser's own offline flag wins, then what main learned from Updox. */
export const selectConnection = (s: HealthState): ConnectionView => {
  if (!s.browserOnline) return 'offline';
  if (s.hostLost) return 'host-lost';
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
    events.onLost(() => useHealth.setState({ hostLost: true })),
  ];
  window.addEventListener('online', browser);
  window.addEventListener('offline', browser);
  return () => {
    stops.forEach((stop) => stop());
    window.removeEventListener('online', browser);
    window.removeEventListener('offline', browser);
  };
};
