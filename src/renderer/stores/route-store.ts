import { create } from 'zustand';

/**
 * Hash routes: #/accounts, #/accounts/<id>, #/new, #/business, #/sms, #/activity, #/settings. The hash keeps
 * routes working from app:// in Electron and from the web host alike, and survives a reload.
 */
export interface Route {
  readonly section: string;
  readonly params: readonly string[];
}

export const parseHash = (hash: string): Route => {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  return { section: parts[0] ?? 'accounts', params: parts.slice(1) };
};

export const hrefFor = (section: string, ...params: string[]): string =>
  `#/${[section, ...params].map(encodeURIComponent).join('/')}`;

/** Asked before `go()` changes the route (the leave guard installs it); false keeps the person where they are. */
let navigationCheck: (hash: string) => boolean = () => true;
export const setNavigationCheck = (check: (hash: string) => boolean): void => {
  navigationCheck = check;
};

interface RouteState {
  route: Route;
  go(section: string, ...params: string[]): void;
}

export const useRoute = create<RouteState>((set) => ({
  route: parseHash(window.location.hash),
  go(section, ...params) {
    if (!navigationCheck(hrefFor(section, ...params))) return;
    window.location.hash = hrefFor(section, ...params);
    set({ route: { section, params } });
  },
}));

window.addEventListener('hashchange', () => useRoute.setState({ route: parseHash(window.location.hash) }));
