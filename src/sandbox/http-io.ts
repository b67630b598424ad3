import type { IncomingMessage, ServerResponse } from 'node:http';

/** Low-level request/response helpers for the sandbox server. */

export type BodyResult = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'aborted' };

/** Bodies over the limit are drained (so the client can read the 413) up to this many bytes, then cut off. */
const DRAIN_CAP_BYTES = 16 * 1024 * 1024;

/** Reads the whole body as UTF-8. Over `limitBytes` it keeps nothing, drains the rest, and reports too-large. */
export function readBody(req: IncomingMessage, limitBytes: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult): void => {
      if (done) return;
      done = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limitBytes) {
        chunks.push(chunk);
        return;
      }
      chunks.length = 0;
      if (size > DRAIN_CAP_BYTES) {
        finish({ ok: false, reason: 'aborted' });
        req.destroy();
      }
    });
    req.on('end', () =>
      finish(
        size > limitBytes
          ? { ok: false, reason: 'too-large' }
          : { ok: true, text: Buffer.concat(chunks).toString('utf8') },
      ),
    );
    req.on('error', () => finish({ ok: false, reason: 'aborted' }));
    req.on('close', () => finish({ ok: false, reason: 'aborted' }));
  });
}

export function jsonBytes(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value), 'utf8');
}

/** Sends a complete response. `closeConnection` asks the client not to reuse the socket. */
export function send(
  res: ServerResponse,
  status: number,
  body: Buffer,
  contentType = 'application/json; charset=utf-8',
  closeConnection = false,
): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
    ...(closeConnection ? { Connection: 'close' } : {}),
  });
  res.end(body);
}

export const sendJson = (
  res: ServerResponse,
  status: number,
  value: unknown,
  closeConnection = false,
): void => send(res, status, jsonBytes(value), undefined, closeConnection);

/** Timers the server owns, so close() can cancel every pending delay. */
export class TimerSet {
  private readonly timers = new Set<NodeJS.Timeout>();

  delay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  clearAll(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}

/** Sends the body in up to 10 chunks spread evenly over `durationMs` ("slowBody" fault). */
export async function sendSlowly(
  res: ServerResponse,
  status: number,
  body: Buffer,
  durationMs: number,
  timers: TimerSet,
): Promise<void> {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
  });
  const pieces = Math.max(1, Math.min(10, body.length));
  const size = Math.ceil(body.length / pieces);
  for (let start = 0; start < body.length; start += size) {
    if (res.destroyed) return;
    res.write(body.subarray(start, start + size));
    await timers.delay(durationMs / pieces);
  }
  if (!res.destroyed) res.end();
}
