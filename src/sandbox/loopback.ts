import { isIP } from 'node:net';

/** Whether a peer address is a loopback address (127.0.0.0/8, ::1, or IPv4-mapped ::ffff:127.x.x.x). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  const lower = address.toLowerCase();
  if (isIP(lower) === 4) return lower.startsWith('127.');
  if (isIP(lower) !== 6) return false;
  const canonical = new URL(`http://[${lower}]/`).hostname; // e.g. "[::1]" or "[::ffff:7f00:1]"
  if (canonical === '[::1]') return true;
  const mapped = /^\[::ffff:([0-9a-f]{1,4}):[0-9a-f]{1,4}\]$/.exec(canonical);
  return mapped?.[1] !== undefined && parseInt(mapped[1], 16) >> 8 === 127;
}

/** Whether a Host header names this machine (guards the control plane against DNS rebinding). */
export function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined) return true;
  const name = host
    .replace(/:\d+$/, '')
    .replace(/^\[(.*)\]$/, '$1')
    .toLowerCase();
  return name === 'localhost' || isLoopbackAddress(name);
}
