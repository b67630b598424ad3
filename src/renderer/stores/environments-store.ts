import { create } from 'zustand';
import type { EnvironmentList } from '../../shared/contract/environments';
import type { AppErrorData, Result } from '../../shared/errors';
import { api } from '../api/client';
import { confirmWithPerson } from '../api/confirm';
import { useHealth } from './health-store';

/** The environment the person just switched to, for the notice that says so (until dismissed). */
export interface SwitchedTo {
  readonly id: string;
  readonly name: string;
  readonly apiBase: string | null;
}

interface EnvironmentsState {
  list: EnvironmentList | null;
  error: AppErrorData | null;
  switchedTo: SwitchedTo | null;
  dismissSwitched(): void;
  load(): Promise<void>;
  /** Applies a call that answers the whole list; returns the error for the form that made it. */
  apply(call: Promise<Result<EnvironmentList>>): Promise<AppErrorData | null>;
  /** Switches at once on screen, then confirms with main (and reverts if main refuses). */
  select(id: string, confirmProduction?: boolean): Promise<void>;
  /** The switch waiting for the person's confirmation (to Production), shown by SwitchConfirmDialog. */
  /** A switch asked for anywhere in the app: to Production it asks first; to any other, it switches. */
  requestSwitch(id: string): Promise<void>;
}

export const useEnvironments = create<EnvironmentsState>((set, get) => ({
  list: null,
  error: null,
  switchedTo: null,
  dismissSwitched: () => set({ switchedTo: null }),
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
  async select(id, confirmProduction) {
    const before = get().list;
    if (before) {
      const environments = before.environments.map((e) => ({ ...e, active: e.id === id }));
      set({ list: { activeId: id, environments } });
    }
    const error = await get().apply(
      api.environments.select({ id, ...(confirmProduction ? { confirmProduction } : {}) }),
    );
    if (error) return set({ list: before, error });
    const target = get().list?.environments.find((e) => e.id === id);
    if (target && before?.activeId !== id)
      set({ switchedTo: { id: target.id, name: target.name, apiBase: target.apiBase ?? null } });
  },
  async requestSwitch(id) {
    if (!get().list) await get().load();
    const target = get().list?.environments.find((e) => e.id === id);
    if (target?.kind === 'production' && !target.active) {
      // Named with its base URL; a native dialog in the desktop app, the in-app one in a browser.
      const confirmed = await confirmWithPerson({
        kind: 'production',
        title: `Switch to ${target.name}?`,
        message:
          `${target.name} is where real practices live: ${target.apiBase ?? ''}. Every screen will then show and ` +
          `change ${target.name}'s accounts, and every write there asks you to confirm.\n\n` +
          'Your drafts and queued submissions stay in the environment they were made in; you will not see them there.',
        confirmLabel: `Switch to ${target.name}`,
        cancelLabel: 'Stay where I am',
      });
      if (confirmed) await get().select(id, true);
      return;
    }
    await get().select(id);
  },
}));
