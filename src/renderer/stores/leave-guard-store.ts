import { create } from 'zustand';
import { parseHash, setNavigationCheck, useRoute, type Route } from './route-store';

/**
 * A feature that holds something the person should be asked about before leaving registers a guard: before
 * the app goes to a route the guard blocks, it asks (LeaveConfirmDialog) instead of going. Links, `go()` and the
 * browser's back and forward buttons all pass through here.
 */
export interface LeaveGuard {
  readonly id: string;
  /** Whether going from `from` to `to` needs the person's answer first (asked at that moment). */
  blocks(from: Route, to: Route): boolean;
  readonly title: string;
  readonly message: string;
  /** Offered as a third answer ("Discard and leave") when given. */
  readonly discard?: () => void;
}

interface LeaveGuardState {
  guard: LeaveGuard | null;
  /** The hash the person asked for while a guard blocked it (the dialog is open). */
  pending: string | null;
  setGuard(guard: LeaveGuard | null): void;
  /** true when the app may go from the current route to `hash` now; otherwise the dialog opens. */
  mayLeaveTo(hash: string, from?: string): boolean;
  answer(choice: 'stay' | 'leave' | 'discard'): void;
}

/** The hash the person chose to leave for: its hashchange is let through once. */
let passing: string | null = null;

export const useLeaveGuard = create<LeaveGuardState>((set, get) => ({
  guard: null,
  pending: null,
  setGuard: (guard) => set({ guard }),
  mayLeaveTo(hash, from = window.location.hash) {
    const { guard } = get();
    if (!guard || !guard.blocks(parseHash(from), parseHash(hash))) return true;
    set({ pending: hash });
    return false;
  },
  answer(choice) {
    const { guard, pending } = get();
    set({ pending: null });
    if (choice === 'stay' || pending === null) return;
    if (choice === 'discard') guard?.discard?.();
    // Let this one navigation through; the guard stays for the next time.
    passing = pending;
    window.location.hash = pending;
  },
}));

/** Catches clicks on in-app links and back/forward, so a guard is asked before the route changes. */
export const installLeaveGuard = (): (() => void) => {
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const link = e.target instanceof Element ? e.target.closest('a[href^="#/"]') : null;
    const href = link?.getAttribute('href');
    if (!href || href === window.location.hash) return;
    if (!useLeaveGuard.getState().mayLeaveTo(href)) e.preventDefault();
  };
  const onHashChange = (e: HashChangeEvent) => {
    const from = new URL(e.oldURL).hash;
    const to = new URL(e.newURL).hash;
    if (passing !== null && to === passing) {
      passing = null;
      return;
    }
    const { guard, pending } = useLeaveGuard.getState();
    if (pending !== null || !guard || !guard.blocks(parseHash(from), parseHash(to))) return;
    // Back or forward while the guard holds: stay where the person was and ask.
    history.replaceState(null, '', from);
    useRoute.setState({ route: parseHash(from) });
    useLeaveGuard.getState().mayLeaveTo(to, from);
  };
  setNavigationCheck((hash) => useLeaveGuard.getState().mayLeaveTo(hash));
  document.addEventListener('click', onClick, true);
  window.addEventListener('hashchange', onHashChange, true);
  return () => {
    setNavigationCheck(() => true);
    document.removeEventListener('click', onClick, true);
    window.removeEventListener('hashchange', onHashChange, true);
  };
};
