import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatcher } from '../ipc/dispatch';
import { buildCsp, securityHeaders } from '../security/csp';
import { hostAllowed, newToken, originAllowed, tokenAllowed, type GuardConfig } from './request-guard';
import { BodyTooLarge, BodyTooSlow, readBody } from './read-body';
import { guardSlowClients } from './slow-client-guard';
import { decodePath, serveStatic } from './static-files';
import { logger } from '../services/log/logger';
import type { EventBus } from '../services/events/event-bus';
import { streamEvents } from './event-stream';

const MAX_BODY_BYTES = 256 * 1024;
/**
 * Calls that carry a whole imported spreadsheet (up to BATCH_ROWS_MAX practices with their locations and users):
 * a bigger body, still bounded, and only after the token and Origin checks.
 */
const LARGE_BODY_BYTES: Readonly<Record<string, number>> = { 'batch.create': 48 * 1024 * 1024 };

export interface WebHostOptions {
  readonly dispatch: Dispatcher;
  /** Main's events, sent to pages on GET /events (Server-Sent Events). */
  readonly events?: EventBus;
  readonly rendererDir: string;
  readonly port?: number;
  readonly token?: string;
  /** How long a client may take to send its headers, and its whole request (tests shorten them). */
  readonly timeouts?: { readonly headersMs: number; readonly requestMs: number };
}

export interface RunningWebHost {
  readonly origin: string;
  /** The address to open: the origin with the per-run token. */
  readonly url: string;
  readonly token: string;
  close(): Promise<void>;
}

const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string>) => {
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(body));
};

const refusal = (message: string) => ({ ok: false, error: { kind: 'forbidden', message } });

/**
 * Hosts the same handler table as Electron over loopback HTTP for a browser: POST /rpc/<domain.method> with the
 * per-run token in x-desk-token and {"input": ...} as the body, and main's events on GET /events (Server-Sent
 * Events, behind the same token and Origin checks). Binds 127.0.0.1 only.
 */
export const startWebHost = async (options: WebHostOptions): Promise<RunningWebHost> => {
  const token = options.token ?? newToken();
  const cfg: { port: number; token: string } = { port: 0, token };
  const headers = securityHeaders(buildCsp({ connectSrc: ["'self'"] }));

  const timeouts = options.timeouts ?? { headersMs: 10_000, requestMs: 60_000 };
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const guard: GuardConfig = cfg;
    if (!hostAllowed(req, guard)) return json(res, 421, refusal('Unknown host.'), headers);
    const url = req.url ?? '/';
    const pathname = decodePath(url);
    if (pathname === null) {
      req.resume();
      return json(
        res,
        400,
        { ok: false, error: { kind: 'validation', message: 'The address has a malformed %-escape.' } },
        headers,
      );
    }
    if (pathname === '/events') {
      if (req.method !== 'GET') return json(res, 405, refusal('Events are a GET request.'), headers);
      if (!originAllowed(req, guard))
        return json(res, 403, refusal('Calls from other sites are refused.'), headers);
      if (!tokenAllowed(req, guard))
        return json(res, 401, refusal('This page needs the address printed at start-up.'), headers);
      if (!options.events) return json(res, 404, refusal('This host sends no events.'), headers);
      return streamEvents(options.events, req, res, headers);
    }
    if (!url.startsWith('/rpc/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return json(res, 405, refusal('Method not allowed.'), headers);
      return serveStatic(options.rendererDir, pathname, res, headers);
    }
    const name = pathname.slice('/rpc/'.length);
    if (req.method !== 'POST') return json(res, 405, refusal('Calls are POST requests.'), headers);
    if (!originAllowed(req, guard))
      return json(res, 403, refusal('Calls from other sites are refused.'), headers);
    if (!tokenAllowed(req, guard))
      return json(res, 401, refusal('This page needs the address printed at start-up.'), headers);
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return json(res, 415, refusal('Calls are JSON.'), headers);
    }
    let body: unknown;
    try {
      const limit = Object.hasOwn(LARGE_BODY_BYTES, name)
        ? (LARGE_BODY_BYTES[name] ?? MAX_BODY_BYTES)
        : MAX_BODY_BYTES;
      body = JSON.parse(await readBody(req, limit, timeouts.requestMs));
    } catch (err) {
      if (err instanceof BodyTooLarge) return json(res, 413, refusal('The request is too large.'), headers);
      if (err instanceof BodyTooSlow) return;
      return json(
        res,
        400,
        { ok: false, error: { kind: 'validation', message: 'The request was not JSON.' } },
        headers,
      );
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return json(
        res,
        400,
        { ok: false, error: { kind: 'validation', message: 'The request was not a call.' } },
        headers,
      );
    }
    const result = await options.dispatch(name, (body as { input?: unknown }).input, { host: 'web' });
    json(res, 200, result, headers);
  };

  // No request, however malformed, may stop the host: every error of a handler ends as an answer (or, when the
  // answer has already begun, as a closed connection), never as an unhandled rejection.
  const server = http.createServer({ connectionsCheckingInterval: 1_000 }, (req, res) => {
    handle(req, res).catch((err: unknown) => {
      logger.error('web-host.request-failed', { error: err instanceof Error ? err.name : 'unknown' });
      if (res.headersSent) {
        res.destroy();
        return;
      }
      json(
        res,
        500,
        { ok: false, error: { kind: 'internal', message: 'The request failed inside the app.' } },
        headers,
      );
    });
  });
  // A request node:http cannot parse (junk, headers too large, too slow) gets a status line and is closed.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    const status =
      err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
    else socket.destroy();
  });
  guardSlowClients(server, timeouts.headersMs);
  server.headersTimeout = timeouts.headersMs;
  server.requestTimeout = timeouts.requestMs;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  cfg.port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${cfg.port}`;
  logger.info('web-host.listening', { origin });
  return {
    origin,
    url: `${origin}/?token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
