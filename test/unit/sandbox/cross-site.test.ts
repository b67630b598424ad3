import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completePractice, startHarness, type Harness } from './sandbox-harness';

/**
 * A web page in the person's browser must not reach the sandbox: no cross-site "simple" POST (text/plain, a form),
 * no DNS rebinding (a foreign Host), on the IO API and the control plane. The app's own client (Node fetch with a
 * JSON body) and real Updox's wire format are unchanged.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const rawPost = (path: string, headers: Record<string, string>, body: string) =>
  new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(`${h.sandbox.origin}${path}`, { method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });

const practiceCount = async () => {
  const answer = await h.call('PracticeList', {});
  return Array.isArray(answer.practices) ? answer.practices.length : -1;
};

describe('the sandbox refuses web pages', () => {
  const create = (accountId: string) =>
    JSON.stringify({ auth: h.sandbox.credentials, ...completePractice(accountId) });

  it('refuses cross-site simple POSTs, a foreign Host, an Origin and Sec-Fetch-Site: cross-site on /api/io/', async () => {
    const before = await practiceCount();
    const attempts: Record<string, string>[] = [
      { 'content-type': 'text/plain;charset=UTF-8' },
      { 'content-type': 'application/x-www-form-urlencoded' },
      { 'content-type': 'multipart/form-data; boundary=x' },
      {},
      { 'content-type': 'application/json', host: 'evil.example.com' },
      { 'content-type': 'application/json', host: '127.0.0.1.evil.example' },
      { 'content-type': 'application/json', origin: 'https://evil.example.com' },
      { 'content-type': 'application/json', origin: 'null' },
      { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
      { 'content-type': 'application/json', 'sec-fetch-site': 'same-site' },
    ];
    for (const [i, headers] of attempts.entries()) {
      const answer = await rawPost('/api/io/PracticeCreate', headers, create(`evil-${i}`));
      expect([403, 415], JSON.stringify(headers)).toContain(answer.status);
    }
    const list = await rawPost('/api/io/PracticeList', { 'content-type': 'text/plain' }, '{}');
    expect(list.status).toBe(415);
    expect(await practiceCount()).toBe(before);
  });

  it('refuses Sec-Fetch-Site: cross-site and an Origin on the control plane', async () => {
    expect((await rawPost('/_sandbox/reset', { 'sec-fetch-site': 'cross-site' }, '{}')).status).toBe(403);
    expect((await rawPost('/_sandbox/reset', { origin: 'http://127.0.0.1:1' }, '{}')).status).toBe(403);
  });

  it('still serves the app client (Node fetch, JSON) and survives malformed escapes', async () => {
    const res = await fetch(`${h.sandbox.apiBase}Ping`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{}',
    });
    expect(res.status).toBe(200);
    for (const path of ['/api/io/%E0', '/%', '/_sandbox/%E0', '/api/io/Practice%ED%A0%80']) {
      const answer = await rawPost(path, { 'content-type': 'application/json' }, '{}');
      expect(answer.status).toBeGreaterThanOrEqual(400);
    }
    expect((await h.call('Ping')).responseCode).toBe(2000);
  });
});
