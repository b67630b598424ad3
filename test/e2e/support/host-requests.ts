import type { Page } from '@playwright/test';

/**
 * Counts every HTTP request the page makes to the web host (calls, the event stream, files), from when it is
 * started or last reset. Used by the idle test and by the idle-calls row of bench/accounts-list.bench.ts.
 */
export const countHostRequests = (page: Page, hostOrigin: string) => {
  let seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === hostOrigin) seen.push(`${request.method()} ${url.pathname}`);
  });
  return {
    reset: () => void (seen = []),
    get requests(): readonly string[] {
      return seen;
    },
  };
};
