import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The checks every web-host request passes before anything else runs. Pure functions of the request so they
 * can be unit-tested without a socket.
 */
export interface GuardConfig {
  readonly port: number;
  readonly token: string;
}

const allowedHosts = (port: number): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];
const allowedOrigins = (port: number): string[] => allowedHosts(port).map((h) => `http://${h}`);

/** Refuses DNS-rebinding (a foreign Host header) for every request, static files included. */
export const hostAllowed = (req: IncomingMessage, cfg: GuardConfig): boolean =>
  allowedHosts(cfg.port).includes(req.headers.host ?? '');

/** A call must come from our own page: same Origin when the browser sends one, never cross-site. */
export const originAllowed = (req: IncomingMessage, cfg: GuardConfig): boolean => {
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedOrigins(cfg.port).includes(origin)) return false;
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
};

export const tokenAllowed = (req: IncomingMessage, cfg: GuardConfig): boolean => {
  const given = req.headers['x-desk-token'];
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(cfg.token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
};

export const newToken = (): string => crypto.randomBytes(24).toString('base64url');
