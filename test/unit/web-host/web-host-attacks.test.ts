import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, rawSocket, rpc, startHostHarness } from './host-harness';

/**
 * Attacks on the web host from anyone who can reach its port (another local process, a web page in the person's
 * browser): none may stop it, and it answers a health call throughout.
 */
let h: Awaited<ReturnType<typeof startHostHarness>>;
beforeAll(async () => {
  h = await startHostHarness({ headersMs: 1_000, requestMs: 2_000 });
}, 60_000);
afterAll(() => h.close());

const healthy = async () => {
  const answer = await rpc(h.port, h.host.token, 'app.info');
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.body)).toMatchObject({ ok: true });
};

const malformedEscapes = ['%E0', '%', '%G1', '%C0%AF', '%ED%A0%80', '%FF%FE', '%%', '%E0%A4'];

describe('malformed %-escapes in every path position', () => {
  const paths = malformedEscapes.flatMap((bad) => [
    `/${bad}`,
    `/assets/${bad}.js`,
    `/${bad}/index.html`,
    `/rpc/${bad}`,
    `/rpc/app.${bad}`,
    `/rpc/${bad}/app.info`,
    `/?q=${bad}`,
    `/rpc/app.info?x=${bad}`,
  ]);

  it('answers 400 to GET, HEAD and POST of each (no token needed to try), and keeps serving', async () => {
    for (const path of paths) {
      for (const method of ['GET', 'HEAD', 'POST']) {
        const answer = await rawRequest(h.port, {
          method,
          path,
          headers:
            method === 'POST' ? { 'content-type': 'application/json', 'x-desk-token': h.host.token } : {},
          body: method === 'POST' ? '{}' : undefined,
        });
        // A malformed path is a 400; the query part is never decoded, so `?x=%E0` reaches the normal checks.
        if (path.includes('?')) expect([200, 405]).toContain(answer.status);
        else expect(answer.status, `${method} ${path}`).toBe(400);
      }
    }
    await healthy();
  });

  it('an <img> style GET of /%E0 with a foreign Origin is still only a refusal', async () => {
    const answer = await rawRequest(h.port, {
      path: '/%E0',
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(answer.status).toBe(400);
    await healthy();
  });
});

describe('other hostile requests', () => {
  it('refuses a foreign Host, NUL bytes, traversal and junk request lines', async () => {
    expect((await rawRequest(h.port, { path: '/', headers: { host: 'evil.example' } })).status).toBe(421);
    expect((await rawRequest(h.port, { path: '/%00' })).status).toBe(404);
    const traversal = await rawRequest(h.port, { path: '/..%2f..%2f..%2fetc%2fpasswd' });
    expect(traversal.body).not.toContain('root:');
    expect(await rawSocket(h.port, 'GARBAGE\r\n\r\n')).toBe(400);
    expect(await rawSocket(h.port, `GET /${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`)).toBe(431);
    await healthy();
  });

  it('bounds slow headers and a slow body, and answers health meanwhile', async () => {
    // The host cutting a socket off is the expected end: a write racing the cut (EPIPE, ECONNRESET) is too.
    const closed = (s: net.Socket) =>
      new Promise<void>((resolve) => s.on('error', () => undefined).on('close', () => resolve()));
    const slowHeaders = net.connect(h.port, '127.0.0.1');
    slowHeaders.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\n`);
    const slowBody = net.connect(h.port, '127.0.0.1');
    slowBody.write(
      `POST /rpc/app.info HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\ncontent-type: application/json\r\n` +
        `x-desk-token: ${h.host.token}\r\ncontent-length: 100\r\n\r\n{`,
    );
    const started = Date.now();
    const bothClosed = Promise.all([closed(slowHeaders), closed(slowBody)]);
    const drip = setInterval(() => slowHeaders.writable && slowHeaders.write('X-Drip: 1\r\n'), 200);
    await healthy();
    await bothClosed;
    clearInterval(drip);
    // The host cut both off by itself within its limits (1 s for headers, 2 s per request, checked every 1 s).
    expect(Date.now() - started).toBeLessThan(6_000);
    await healthy();
  }, 15_000);

  it('serves or refuses 200 concurrent calls, and answers health throughout', async () => {
    const calls = Array.from({ length: 200 }, (_, i) =>
      i % 4 === 0
        ? rawRequest(h.port, { path: '/%E0' })
        : i % 4 === 1
          ? rpc(h.port, 'wrong-token', 'app.info')
          : rpc(h.port, h.host.token, i % 4 === 2 ? 'app.info' : 'accounts.get', {
              accountId: 'x'.repeat(5000),
            }),
    );
    const health = rpc(h.port, h.host.token, 'app.info');
    const answers = await Promise.all(calls);
    expect((await health).status).toBe(200);
    for (const answer of answers) expect([200, 400, 401]).toContain(answer.status);
    await healthy();
  }, 60_000);
});
