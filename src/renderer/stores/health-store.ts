import { create } from 'zustand';
import type { AppHealth } from '../../shared/contract/app';
import { api } from '../api/client';

export type ConnectionView = 'online' | 'offline' | 'unreachable' | 'checking';

interface HealthState {
  health: AppHealth | null;
  browserOnline: boolean;
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

const POLL_MS = 5_000;
export const startHealthPolling = (): (() => void) => {
  const refresh = () => void useHealth.getState().refresh();
  refresh();
  const timer = window.setInterval(refresh, POLL_MS);
  window.addEventListener('online', refresh);
  window.addEventListener('offline', refresh);
  return () => {
    window.clearInterval(timer);
    window.removeEventListener('online', refresh);
    window.removeEventListener('offline', refresh);
  };
};
