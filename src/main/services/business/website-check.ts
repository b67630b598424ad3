import type { WebsiteCheck } from '../../../shared/contract/business';

/**
 * Does a website answer? HEAD first (GET when the server refuses HEAD or HEAD fails), no cookies, redirects
 * followed by hand (at most `maxRedirects`, each one reported), one deadline for the whole chain. It only ever
 * informs: the Missing Business Info form warns on a site that does not answer, it never blocks on it.
 */
export interface WebsiteCheckOptions {
  timeoutMs?: number;
  maxRedirects?: number;
  fetchImpl?: typeof fetch;
}

const WEBSITE_CHECK_TIMEOUT_MS = 5_000;
const WEBSITE_CHECK_MAX_REDIRECTS = 5;

type Hop = { kind: 'answer'; status: number; location: string | null } | { kind: 'failed'; error: unknown };

const isRedirect = (status: number): boolean => [301, 302, 303, 307, 308].includes(status);

const request = async (
  fetchImpl: typeof fetch,
  url: string,
  method: 'HEAD' | 'GET',
  signal: AbortSignal,
): Promise<Hop> => {
  try {
    const res = await fetchImpl(url, {
      method,
      redirect: 'manual',
      credentials: 'omit',
      signal,
      headers: { accept: 'text/html,*/*;q=0.8' },
    });
    await res.body?.cancel().catch(() => undefined);
    return { kind: 'answer', status: res.status, location: res.headers.get('location') };
  } catch (error) {
    return { kind: 'failed', error };
  }
};

/** HEAD, then GET when HEAD failed or was refused (405, 501, or any 4xx: some servers only mishandle HEAD). */
const probe = async (fetchImpl: typeof fetch, url: string, signal: AbortSignal): Promise<Hop> => {
  const head = await request(fetchImpl, url, 'HEAD', signal);
  if (signal.aborted) return head;
  if (head.kind === 'answer' && (head.status < 400 || head.status >= 500) && head.status !== 501) return head;
  return request(fetchImpl, url, 'GET', signal);
};

const failureReason = (error: unknown, timeoutMs: number): string => {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return `did not answer within ${Math.round(timeoutMs / 1000)} seconds`;
  }
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'could not be found (no such host name)';
  if (code === 'ECONNREFUSED') return 'refused the connection';
  if (code.startsWith('CERT_') || code.includes('CERT') || code.includes('TLS')) {
    return 'has a certificate problem';
  }
  return code ? `could not be reached (${code})` : 'could not be reached';
};

const redirectNote = (redirects: WebsiteCheck['redirects']): string =>
  redirects.length === 0
    ? ''
    : ` after ${redirects.length} redirect${redirects.length === 1 ? '' : 's'}, ending at ${redirects.at(-1)!.to}`;

export const checkWebsiteReachable = async (
  url: string,
  options: WebsiteCheckOptions = {},
): Promise<WebsiteCheck> => {
  const timeoutMs = options.timeoutMs ?? WEBSITE_CHECK_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? WEBSITE_CHECK_MAX_REDIRECTS;
  const fetchImpl = options.fetchImpl ?? globalThis.fetch.bind(globalThis);
  const signal = AbortSignal.timeout(timeoutMs);
  const redirects: WebsiteCheck['redirects'] = [];
  let current = url;
  for (;;) {
    const hop = await probe(fetchImpl, current, signal);
    if (hop.kind === 'failed') {
      const reason = failureReason(signal.aborted ? signal.reason : hop.error, timeoutMs);
      return {
        outcome: 'unreachable',
        redirects,
        finalUrl: current,
        message: `The website ${reason}${redirectNote(redirects)}. Check the address; you can still submit.`,
      };
    }
    if (isRedirect(hop.status) && hop.location) {
      let next: URL;
      try {
        next = new URL(hop.location, current);
      } catch {
        next = new URL('invalid:');
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        return {
          outcome: 'unreachable',
          httpStatus: hop.status,
          redirects,
          finalUrl: current,
          message: `The website redirects to an address that is not a web page (${hop.location}). Check the address; you can still submit.`,
        };
      }
      if (redirects.length >= maxRedirects) {
        return {
          outcome: 'unreachable',
          httpStatus: hop.status,
          redirects,
          finalUrl: current,
          message: `The website redirects more than ${maxRedirects} times. Check the address; you can still submit.`,
        };
      }
      redirects.push({ status: hop.status, from: current, to: next.href });
      current = next.href;
      continue;
    }
    const ok = hop.status >= 200 && hop.status < 400;
    return {
      outcome: ok ? 'reachable' : 'unreachable',
      httpStatus: hop.status,
      redirects,
      finalUrl: current,
      message: ok
        ? `The website answered (HTTP ${hop.status})${redirectNote(redirects)}.`
        : `The website answered HTTP ${hop.status}${redirectNote(redirects)}: carriers may not be able to open it. Check the address; you can still submit.`,
    };
  }
};

/** What the check says when the app is offline: nothing was sent. */
export const websiteCheckSkipped = (url: string): WebsiteCheck => ({
  outcome: 'skipped',
  redirects: [],
  finalUrl: url,
  message:
    'The website was not checked because the app is offline. It will be checked by Updox when verified.',
});
