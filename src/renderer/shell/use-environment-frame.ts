import { useEffect, useRef } from 'react';
import { useHealth } from '../stores/health-store';
import { useRoute } from '../stores/route-store';
import { create } from 'zustand';

/** What the top bar says after a switch closed an open form. */
export const useSwitchNotice = create<{ message: string | null; set(message: string | null): void }>(
  (set) => ({ message: null, set: (message) => set({ message }) }),
);

/** Screens that hold something typed for one environment: they close (to their draft) when it changes. */
const formSections = new Set(['new', 'edit', 'business', 'sms', 'bulk']);

/**
 * The environment everywhere in the frame: the window/document title names it ("Production" included), and when
 * the environment changes, an open wizard or form closes to its draft (autosaved in its own environment) and
 * Accounts opens; the draft reopens only in its own environment.
 */
export const useEnvironmentFrame = () => {
  const environment = useHealth((s) => s.health?.environment);
  const previous = useRef<string | undefined>(undefined);

  useEffect(() => {
    document.title = environment ? `Onboarding Desk · ${environment.name}` : 'Onboarding Desk';
  }, [environment]);

  useEffect(() => {
    if (!environment) return;
    const before = previous.current;
    previous.current = environment.id;
    if (before === undefined || before === environment.id) return;
    useSwitchNotice.getState().set(null);
    const { route, go } = useRoute.getState();
    // Business details and Bulk import hold one environment's data only with an account or a batch open.
    const listOnly = (route.section === 'business' || route.section === 'bulk') && route.params.length === 0;
    const hasForm = formSections.has(route.section) && !listOnly;
    if (!hasForm) return;
    go('accounts');
    useSwitchNotice
      .getState()
      .set(
        `Switched to ${environment.name}. The form you had open was kept as a draft in its own environment; it reopens there.`,
      );
  }, [environment]);

  return environment;
};
