import { test, expect } from './support/fixtures';

/** The web host refuses calls without the token, from another origin, or with a bad body, and changes nothing. */
test.describe('web host refusals', () => {
  const call = (origin: string, name: string, init: { headers?: Record<string, string>; body?: string }) =>
    fetch(`${origin}/rpc/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...init.headers },
      body: init.body ?? '{}',
    });

  test('no token, a wrong token, a foreign Origin, a foreign Host, malformed and oversized bodies', async ({
    desk,
  }) => {
    const settingsBefore = await readSettings(desk.dataDir);
    const noToken = await call(desk.origin, 'app.info', {});
    expect(noToken.status).toBe(401);
    const wrongToken = await call(desk.origin, 'app.info', { headers: { 'x-desk-token': 'x'.repeat(32) } });
    expect(wrongToken.status).toBe(401);
    const foreign = await call(desk.origin, 'app.info', {
      headers: { 'x-desk-token': desk.token, origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    const crossSite = await call(desk.origin, 'app.info', {
      headers: { 'x-desk-token': desk.token, 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    const malformed = await call(desk.origin, 'app.info', {
      headers: { 'x-desk-token': desk.token },
      body: '{nope',
    });
    expect(malformed.status).toBe(400);
    const huge = await call(desk.origin, 'app.info', {
      headers: { 'x-desk-token': desk.token },
      body: JSON.stringify({ input: 'x'.repeat(400_000) }),
    });
    expect(huge.status).toBe(413);
    const badInput = await call(desk.origin, 'app.info', {
      headers: { 'x-desk-token': desk.token },
      body: JSON.stringify({ input: { unexpected: true } }),
    });
    expect(await badInput.json()).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(await readSettings(desk.dataDir)).toEqual(settingsBefore);
    // and the host still answers a proper call
    const good = await call(desk.origin, 'app.info', { headers: { 'x-desk-token': desk.token } });
    expect(await good.json()).toMatchObject({ ok: true, data: { host: 'web' } });
  });

  test('the page is served with a strict CSP', async ({ desk }) => {
    const res = await fetch(`${desk.origin}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  test('a missing asset is a 404, while app routes get the page', async ({ desk }) => {
    const asset = await fetch(`${desk.origin}/assets/index-from-an-old-build.js`);
    expect(asset.status).toBe(404);
    expect(await asset.text()).not.toContain('<html');
    const route = await fetch(`${desk.origin}/accounts/sunrise`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<div id="root">');
  });

  test('a foreign Host header (DNS rebinding) is refused even for the page', async ({ desk }) => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const u = new URL(desk.origin);
      const req = request(
        { host: u.hostname, port: u.port, path: '/', headers: { host: 'rebind.example:80' } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });
});

const readSettings = async (dir: string) => {
  const { readFile } = await import('node:fs/promises');
  const path = await import('node:path');
  return readFile(path.join(dir, 'settings.json'), 'utf8');
};
