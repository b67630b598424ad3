import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './sandbox-harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const vendorAuth = () => ({
  applicationId: h.sandbox.credentials.applicationId,
  applicationPassword: h.sandbox.credentials.applicationPassword,
});
const post = (method: string, fields: Record<string, unknown> = {}) =>
  fetch(`${h.sandbox.apiBase}${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ auth: vendorAuth(), ...fields }),
  });
const faults = (rules: unknown[], seed?: number) =>
  h.control('faults', seed === undefined ? { rules } : { rules, seed });
const exists = async (accountId: string) =>
  (await h.call('PracticeGet', { accountId })).responseCode === 2000;

describe('fault injection', () => {
  it('latency delays the answer', async () => {
    await faults([{ method: 'Ping', kind: 'latency', latencyMs: 150 }]);
    const started = Date.now();
    const res = await post('Ping');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect((await res.json()).responseCode).toBe(2000);
  });

  it('http5xx answers the status instead of processing, for `times` calls only', async () => {
    await faults([{ method: 'practicecreate', kind: 'http5xx', status: 502, times: 1 }]);
    expect((await post('Ping')).status).toBe(200); // other methods are untouched
    const res = await post('PracticeCreate', { accountId: 'f1', name: 'A' });
    expect(res.status).toBe(502);
    expect(await exists('f1')).toBe(false);
    expect((await post('PracticeCreate', { accountId: 'f1', name: 'A' })).status).toBe(200);
    expect(await exists('f1')).toBe(true);
    const rules = ((await h.state()).faults as { rules: Array<{ remaining: number }> }).rules;
    expect(rules[0]?.remaining).toBe(0);
  });

  it('drop destroys the socket without an answer and without processing', async () => {
    await faults([{ kind: 'drop' }]);
    await expect(post('PracticeCreate', { accountId: 'f2', name: 'A' })).rejects.toThrow();
    await faults([]);
    expect(await exists('f2')).toBe(false);
  });

  it('malformed answers HTTP 200 with a body that is not JSON', async () => {
    await faults([{ method: 'Ping', kind: 'malformed' }]);
    const res = await post('Ping');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(() => JSON.parse(text) as unknown).toThrow();
  });

  it('slowBody sends the real answer in chunks over latencyMs', async () => {
    await faults([{ method: 'PracticeList', kind: 'slowBody', latencyMs: 200 }]);
    const started = Date.now();
    const res = await post('PracticeList');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { responseCode: number; practiceList: unknown[] };
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(body).toMatchObject({ responseCode: 2000, practiceList: [] });
  });

  it('afterHandling processes the call, then applies the fault (a "timed-out create that succeeded")', async () => {
    await faults([{ method: 'PracticeCreate', kind: 'drop', afterHandling: true, times: 1 }]);
    await expect(post('PracticeCreate', { accountId: 'f3', name: 'A', active: true })).rejects.toThrow();
    expect(await exists('f3')).toBe(true);
    expect((await h.call('PracticeCreate', { accountId: 'f3', name: 'A' })).responseCode).toBe(4130);

    await faults([{ method: 'PracticeCreate', kind: 'http5xx', afterHandling: true, times: 1 }]);
    expect((await post('PracticeCreate', { accountId: 'f4', name: 'A' })).status).toBe(503);
    expect(await exists('f4')).toBe(true);

    await faults([{ method: 'PracticeCreate', kind: 'latency', latencyMs: 300, afterHandling: true }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(
      fetch(`${h.sandbox.apiBase}PracticeCreate`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ auth: vendorAuth(), accountId: 'f5', name: 'A' }),
        signal: controller.signal,
      }),
    ).rejects.toThrow();
    await faults([]);
    expect(await exists('f5')).toBe(true);
  });

  it('a plain latency fault does not process a call whose caller gave up', async () => {
    await faults([{ method: 'PracticeCreate', kind: 'latency', latencyMs: 200 }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await expect(
      fetch(`${h.sandbox.apiBase}PracticeCreate`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ auth: vendorAuth(), accountId: 'f6', name: 'A' }),
        signal: controller.signal,
      }),
    ).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 250));
    await faults([]);
    expect(await exists('f6')).toBe(false);
  });

  it('probability follows a seeded PRNG: the same seed replays the same pattern', async () => {
    const pattern = async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 24; i++) statuses.push((await post('Ping')).status);
      return statuses.map((s) => (s === 200 ? '.' : 'x')).join('');
    };
    await faults([{ method: 'Ping', kind: 'http5xx', probability: 0.5 }], 42);
    const first = await pattern();
    await faults([{ method: 'Ping', kind: 'http5xx', probability: 0.5 }], 42);
    expect(await pattern()).toBe(first);
    expect(first).toContain('x');
    expect(first).toContain('.');
    await faults([{ method: 'Ping', kind: 'http5xx', probability: 0.5 }], 7);
    expect(await pattern()).not.toBe(first);
  });

  it('never touches the control plane; {"rules":[]} clears; bad rules are refused with 400', async () => {
    await faults([{ kind: 'http5xx' }]);
    expect((await h.control('state')).status).toBe(200);
    expect((await post('Ping')).status).toBe(503);
    await faults([]);
    expect((await post('Ping')).status).toBe(200);
    const bad = await h.control('faults', { rules: [{ kind: 'explode' }] });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ ok: false });
    expect(String(bad.body.error)).toContain('rules.0.kind');
    expect((await h.control('faults', { rules: [{ kind: 'http5xx', status: 404 }] })).status).toBe(400);
  });
});
