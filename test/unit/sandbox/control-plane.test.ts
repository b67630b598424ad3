import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLoopbackAddress } from '../../../src/sandbox/index';
import { isLoopbackHost } from '../../../src/sandbox/loopback';
import { COMPLETE_PARTNER, startHarness, type Harness } from './sandbox-harness';

describe('loopback predicate', () => {
  it('accepts loopback peers only', () => {
    for (const a of [
      '127.0.0.1',
      '127.8.9.10',
      '::1',
      '0:0:0:0:0:0:0:1',
      '::ffff:127.0.0.1',
      '::FFFF:127.0.0.2',
    ]) {
      expect(isLoopbackAddress(a), a).toBe(true);
    }
    for (const a of [
      undefined,
      '',
      '10.0.0.1',
      '192.168.1.5',
      '::ffff:10.0.0.1',
      '::2',
      'fe80::1',
      'localhost',
      '128.0.0.1',
    ]) {
      expect(isLoopbackAddress(a), String(a)).toBe(false);
    }
  });

  it('accepts only Host headers that name this machine', () => {
    for (const host of ['127.0.0.1:4000', 'localhost:4000', 'LOCALHOST', '[::1]:4000', undefined]) {
      expect(isLoopbackHost(host), String(host)).toBe(true);
    }
    for (const host of ['evil.example.com', 'evil.example.com:4000', '10.0.0.1:4000']) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });
});

describe('control plane', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  /** A raw request, so the Host and Origin headers can be set freely. */
  const rawPost = (route: string, headers: Record<string, string>) =>
    new Promise<number>((resolve, reject) => {
      const req = request(`${h.sandbox.origin}/_sandbox/${route}`, { method: 'POST', headers }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end('{}');
    });

  it('refuses (403) requests that come from a web page or name a foreign host', async () => {
    expect(await rawPost('reset', { Origin: 'https://evil.example.com' })).toBe(403);
    expect(await rawPost('reset', { Host: 'evil.example.com' })).toBe(403);
    expect(await rawPost('reset', {})).toBe(200);
  });

  it('stores the partner details, replacing them whole', async () => {
    const set = await h.control('vendor', COMPLETE_PARTNER);
    expect(set.body).toEqual({ ok: true, partner: COMPLETE_PARTNER });
    await h.control('vendor', { name: 'Only name', website: null });
    const partner = (await h.state()).partner as Record<string, string>;
    expect(partner.name).toBe('Only name');
    expect(partner.contactEmail).toBe('');
    expect(partner.website).toBe('');
    expect((await h.control('vendor', { name: 5 })).status).toBe(400);
  });

  it('validates every body and reports the problem', async () => {
    expect((await h.control('sms', {})).status).toBe(400);
    expect((await h.control('sms', { enabled: 'yes' })).body).toMatchObject({ ok: false });
    expect((await h.control('clock', { advanceMs: -5 })).status).toBe(400);
    expect((await h.control('verification', { outcome: 'MAYBE' })).status).toBe(400);
    const malformed = await fetch(`${h.sandbox.origin}/_sandbox/clock`, { method: 'POST', body: '{oops' });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ ok: false, error: 'Malformed JSON' });
    expect((await h.control('nowhere', {})).status).toBe(404);
    expect((await fetch(`${h.sandbox.origin}/_sandbox/reset`)).status).toBe(405);
  });

  it('moves the clock forward and shows it in the state', async () => {
    const before = await h.state();
    const moved = await h.control('clock', { advanceMs: 86_400_000 });
    expect(moved.body).toMatchObject({
      ok: true,
      clockOffsetMs: (before.clockOffsetMs as number) + 86_400_000,
    });
    const after = await h.state();
    expect(Date.parse(after.now as string) - Date.now()).toBeGreaterThan(86_000_000);
  });

  it('GET /_sandbox/state shows the whole state', async () => {
    const state = await h.state();
    expect(state.ok).toBe(true);
    for (const key of [
      'accounts',
      'locations',
      'users',
      'numbers',
      'partner',
      'smsEnabled',
      'clockOffsetMs',
      'faults',
    ]) {
      expect(state, key).toHaveProperty(key);
    }
  });
});

describe('control plane in process (the embedded sandbox)', () => {
  it('answers as over HTTP, and what it changes is what HTTP callers then see', async () => {
    const { startSandbox } = await import('../../../src/sandbox/index');
    const sandbox = await startSandbox();
    try {
      const pushed = sandbox.control('POST', 'vendor', COMPLETE_PARTNER);
      expect(pushed).toMatchObject({ status: 200, body: { ok: true } });
      const refused = sandbox.control('POST', 'clock', { advanceMs: -5 });
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ ok: false, error: expect.stringContaining('advanceMs') });
      expect(sandbox.control('GET', 'vendor').status).toBe(405);
      const state = (await (await fetch(`${sandbox.origin}/_sandbox/state`)).json()) as {
        partner: { name: string };
      };
      expect(state.partner.name).toBe(COMPLETE_PARTNER.name);
    } finally {
      await sandbox.close();
    }
  });
});
