import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { checkWebsiteReachable } from '../../../src/main/services/business/website-check';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;
const servers: http.Server[] = [];

const serve = async (handler: Handler): Promise<string> => {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

describe('checkWebsiteReachable', () => {
  it('is reachable when HEAD answers 200, and sends no GET', async () => {
    const methods: string[] = [];
    const base = await serve((req, res) => {
      methods.push(req.method ?? '');
      res.writeHead(200).end();
    });
    const r = await checkWebsiteReachable(`${base}/`);
    expect(r).toMatchObject({ outcome: 'reachable', httpStatus: 200, redirects: [], finalUrl: `${base}/` });
    expect(r.message).toBe('The website answered (HTTP 200).');
    expect(methods).toEqual(['HEAD']);
  });

  it('falls back to GET when HEAD is refused', async () => {
    const methods: string[] = [];
    const base = await serve((req, res) => {
      methods.push(req.method ?? '');
      res.writeHead(req.method === 'HEAD' ? 405 : 200).end('hello');
    });
    const r = await checkWebsiteReachable(`${base}/`);
    expect(r.outcome).toBe('reachable');
    expect(methods).toEqual(['HEAD', 'GET']);
  });

  it('follows a redirect chain by hand, reports each hop, and sends no cookies', async () => {
    const cookies: (string | undefined)[] = [];
    const base = await serve((req, res) => {
      cookies.push(req.headers.cookie);
      if (req.url === '/a') res.writeHead(301, { location: '/b', 'set-cookie': 'sid=1' }).end();
      else if (req.url === '/b') res.writeHead(302, { location: `${base}/c` }).end();
      else if (req.url === '/c') res.writeHead(308, { location: 'd' }).end();
      else res.writeHead(200).end();
    });
    const r = await checkWebsiteReachable(`${base}/a`);
    expect(r.outcome).toBe('reachable');
    expect(r.redirects).toEqual([
      { status: 301, from: `${base}/a`, to: `${base}/b` },
      { status: 302, from: `${base}/b`, to: `${base}/c` },
      { status: 308, from: `${base}/c`, to: `${base}/d` },
    ]);
    expect(r.finalUrl).toBe(`${base}/d`);
    expect(r.message).toBe(`The website answered (HTTP 200) after 3 redirects, ending at ${base}/d.`);
    expect(cookies.every((c) => c === undefined)).toBe(true);
  });

  it('stops after 5 redirects', async () => {
    let hits = 0;
    const base = await serve((req, res) => {
      hits += 1;
      res.writeHead(302, { location: `/r${hits}` }).end();
    });
    const r = await checkWebsiteReachable(`${base}/start`);
    expect(r.outcome).toBe('unreachable');
    expect(r.redirects).toHaveLength(5);
    expect(r.message).toMatch(/redirects more than 5 times/);
    expect(hits).toBe(6);
  });

  it('times out on a site that never answers', async () => {
    const base = await serve(() => undefined);
    const started = Date.now();
    const r = await checkWebsiteReachable(`${base}/`, { timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(r.outcome).toBe('unreachable');
    expect(r.message).toMatch(/^The website did not answer within/);
  });

  it('says 404 plainly (after trying GET too)', async () => {
    const methods: string[] = [];
    const base = await serve((req, res) => {
      methods.push(req.method ?? '');
      res.writeHead(404).end();
    });
    const r = await checkWebsiteReachable(`${base}/missing`);
    expect(r).toMatchObject({ outcome: 'unreachable', httpStatus: 404 });
    expect(r.message).toMatch(/^The website answered HTTP 404: .*you can still submit\.$/);
    expect(methods).toEqual(['HEAD', 'GET']);
  });

  it('says when nothing listens', async () => {
    const base = await serve((_req, res) => res.end());
    const s = servers.pop()!;
    await new Promise((resolve) => s.close(resolve));
    const r = await checkWebsiteReachable(`${base}/`);
    expect(r.outcome).toBe('unreachable');
    expect(r.message).toMatch(/refused the connection/);
  });
});
