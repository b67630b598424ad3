import type { IncomingMessage } from 'node:http';
import { isLoopbackAddress, isLoopbackHost } from './loopback';

/**
 * Who may talk to the sandbox: programs on this machine (the app's own client is Node's fetch, which sends no
 * Origin and no Sec-Fetch-Site), never a web page in the person's browser. A page is recognised by
 * - a Host header that is not this machine (DNS rebinding: evil.example resolving to 127.0.0.1);
 * - an Origin header (browsers send one on every cross-origin request and on every POST);
 * - Sec-Fetch-Site other than "none" or "same-origin";
 * - for the IO API, a body that is not declared as JSON (a "simple" cross-site POST is text/plain or a form,
 *   and a page cannot send application/json cross-site without a preflight the sandbox never approves).
 * Real Updox takes JSON bodies with a JSON content type, so the wire format the app speaks is unchanged.
 */
export type GuardRefusal = { status: 403 | 415; error: string };

export function foreignCaller(req: IncomingMessage): GuardRefusal | null {
  if (!isLoopbackAddress(req.socket.remoteAddress) || !isLoopbackHost(req.headers.host)) {
    return { status: 403, error: 'The sandbox answers callers on this machine only (Host refused)' };
  }
  if (req.headers.origin !== undefined) {
    return { status: 403, error: 'The sandbox refuses calls from web pages (Origin refused)' };
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'none' && site !== 'same-origin') {
    return { status: 403, error: 'The sandbox refuses cross-site calls' };
  }
  return null;
}

/** The IO API also wants a JSON content type (absent is accepted only when there is no body at all). */
export function apiCallRefused(req: IncomingMessage): GuardRefusal | null {
  const foreign = foreignCaller(req);
  if (foreign) return foreign;
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (!type.startsWith('application/json')) {
    return { status: 415, error: 'Updox IO calls are JSON: send Content-Type: application/json' };
  }
  return null;
}
