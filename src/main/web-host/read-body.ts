import type { IncomingMessage } from 'node:http';

export class BodyTooLarge extends Error {}
export class BodyTooSlow extends Error {}

/**
 * Reads a request body up to `limit` bytes within `deadlineMs`; stops reading and rejects as soon as it is over
 * either (the connection is then closed, so a slow sender cannot hold it).
 */
export const readBody = (req: IncomingMessage, limit: number, deadlineMs: number): Promise<string> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new BodyTooSlow());
      req.destroy();
    }, deadlineMs);
    req.on('close', () => clearTimeout(timer));
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
