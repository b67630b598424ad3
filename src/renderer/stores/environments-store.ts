import { create } from 'zustand';
import type { EnvironmentList } from '../../shared/contract/environments';
import type { AppErrorData, Result } from '../../shared/errors';
import { api } from '../api/client';
import { useHealth } from './health-store';

interface EnvironmentsState {
  list: EnvironmentList | null;
  error: AppErrorData | null;
  load(): Promise<void>;
  /** Applies a call that answers the whole list; returns the error for the form that made it. */
  apply(call: Promise<Result<EnvironmentList>>): Promise<AppErrorData | null>;
  /** Switches at once on screen, then confirms with main (and reverts if main refuses). */
  select(id: string): Promise<void>;
}

export const useEnvironments = create<EnvironmentsState>((set, get) => ({
  list: null,
  error: null,
  async load() {
    const r = await api.environments.list();
    set(r.ok ? { list: r.data, error: null } : { error: r.error });
  },
  async apply(call) {
    const r = await call;
    if (!r.ok) return r.error;
    set({ list: r.data, error: null });
    void useHealth.getState().refresh();
    return null;
  },
  async select(id) {
    const before = get().list;
    if (before) {
      const environments = before.environments.map((e) => ({ ...e, active: e.id === id }));
      set({ list: { activeId: id, environments } });
    }
    const error = await get().apply(api.environments.select({ id }));
    if (error) set({ list: before, error });
  },
}));
