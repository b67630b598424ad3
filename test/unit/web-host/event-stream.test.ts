import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, rawSocket, rpc, startHostHarness } from './host-harness';

type Harness = Awaited<ReturnType<typeof startHostHarness>>;
let h: Harness;
beforeAll(async () => {
  h = await startHostHarness();
});
afterAll(async () => h.close());

const toast = {
  id: 't1',
  title: 'SMS number approved',
  body: 'Sunrise (Powell): (614) 555-0123 is SMS Approved and can send texts now.',
  accountId: 'sunrise',
  accountName: 'Sunrise',
  locationName: 'Powell',
  kind: 'approved' as const,
  tone: 'ok' as const,
};

/** Opens GET /events as our page does; resolves once the stream has begun, with what arrives on it. */
const openStream = (headers: Record<string, string>) =>
  new Promise<{ status: number; text: () => string; close: () => void }>((resolve, reject) => {
    let text = '';
    const req = http.request(
      {
        host: '127.0.0.1',
        port: h.port,
        path: '/events',
        headers: { host: `127.0.0.1:${h.port}`, ...headers },
        agent: false,
      },
      (res) => {
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.once('data', () =>
          resolve({ status: res.statusCode ?? 0, text: () => text, close: () => req.destroy() }),
        );
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: () => text, close: () => req.destroy() }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  return check();
};

describe('web host: events as Server-Sent Events', () => {
  it('sends an event to the page that opened the stream with the token', async () => {
    const stream = await openStream({ 'x-desk-token': h.host.token, 'sec-fetch-site': 'same-origin' });
    expect(stream.status).toBe(200);
    expect(h.app.services.events.emit('toast', toast)).toBe(1);
    expect(await until(() => stream.text().includes('event: toast'))).toBe(true);
    const data = /event: toast\ndata: (.*)\n\n/.exec(stream.text())?.[1] ?? '';
    expect(JSON.parse(data)).toEqual(toast);
    stream.close();
    // The closed stream is no longer a listener.
    expect(await until(() => h.app.services.events.emit('toast', toast) === 0)).toBe(true);
  });

  it('refuses a stream without the token, with a wrong token, from a foreign Origin or site, or not a GET', async () => {
    const ask = (headers: Record<string, string>, method = 'GET') =>
      rawRequest(h.port, { method, path: '/events', headers });
    expect((await ask({})).status).toBe(401);
    expect((await ask({ 'x-desk-token': 'not-the-token' })).status).toBe(401);
    expect((await ask({ 'x-desk-token': h.host.token, origin: 'https://evil.example' })).status).toBe(403);
    expect((await ask({ 'x-desk-token': h.host.token, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await ask({ 'x-desk-token': h.host.token, host: 'evil.example' })).status).toBe(421);
    expect((await ask({ 'x-desk-token': h.host.token }, 'POST')).status).toBe(405);
    // None of them became a listener.
    expect(h.app.services.events.emit('toast', toast)).toBe(0);
  });

  it('keeps serving after malformed requests and a page that drops its stream', async () => {
    expect([400, 421]).toContain(await rawSocket(h.port, 'GET /events HTTP/1.1\r\nHost: \u0000\r\n\r\n'));
    expect(await rawSocket(h.port, 'GARBAGE\r\n\r\n')).toBe(400);
    expect((await rawRequest(h.port, { path: '/events%E0' })).status).toBe(400);
    const dropped = await openStream({ 'x-desk-token': h.host.token });
    dropped.close();
    h.app.services.events.emit('toast', toast);
    // A call and a new stream still work.
    expect((await rpc(h.port, h.host.token, 'app.info')).status).toBe(200);
    const again = await openStream({ 'x-desk-token': h.host.token });
    expect(again.status).toBe(200);
    again.close();
  });
});
