import { callNamesByDomain } from '../../shared/contract/call-names';
import type { Result } from '../../shared/errors';
import type { ApiClient } from './api-types';

const TOKEN_KEY = 'desk-token';

/** The web host prints an address with ?token=...; keep it for this tab and take it out of the address bar. */
export const takeToken = (): string => {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
};

const networkFailure = <T>(): Result<T> => ({
  ok: false,
  error: {
    kind: 'network',
    message:
      'This page could not reach Onboarding Desk (the computer may be offline, or the app was closed), so nothing was done. What you typed is kept: try again once it is back.',
  },
});

/** Any call of the client: every ApiClient method is one (its input narrower, its answer a Result). */
type AnyCall = (input: never) => Promise<Result<unknown>>;

/**
 * The browser bridge: the same calls as window.api, over loopback HTTP to the web host, one method per name of
 * `callNamesByDomain` (which the compiler holds to the contract). The host checks every input with the contract's
 * zod schema and answers a Result; the answer is the host's own and is trusted as the typed Result of its call.
 */
export const createHttpClient = (token: string): ApiClient => {
  const client: Record<string, Record<string, AnyCall>> = {};
  for (const [domain, methodNames] of Object.entries(callNamesByDomain)) {
    const methods: Record<string, AnyCall> = {};
    for (const method of methodNames) {
      methods[method] = async (input: unknown) => {
        try {
          const res = await fetch(`/rpc/${domain}.${method}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-desk-token': token },
            body: JSON.stringify({ input }),
          });
          return (await res.json()) as Result<unknown>;
        } catch {
          return networkFailure();
        }
      };
    }
    client[domain] = methods;
  }
  return client as ApiClient;
};
