import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UpdoxTrace } from '../../../src/main/updox/trace';
import { failure, type Harness, partnerContact, practice, startHarness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const allowedKeys = [
  'method',
  'version',
  'environmentId',
  'accountId',
  'responseCode',
  'httpStatus',
  'durationMs',
  'outcome',
  'attempt',
  'at',
];

describe('trace', () => {
  it('carries method, environment, account, code, duration, outcome and attempt, and nothing secret', async () => {
    const canary = 'CANARY-BODY-7f3a9c';
    const recipient = '6145550123';
    await h.control('vendor', partnerContact);
    const record = practice();
    await h.client.practiceCreate(record);
    await failure(h.client.smsSend(record.accountId, { to: recipient, message: canary }));
    await h.control('clock', { advanceMs: 10 * 60_000 });
    await h.client.smsSend(record.accountId, { to: recipient, message: canary });
    await failure(h.client.smsSend(record.accountId, { to: `${recipient}9`, message: canary }));
    const wrong = h.clientWith({
      credentials: { applicationId: 'sandbox-vendor', applicationPassword: 'WRONG-PASSWORD-canary' },
    });
    await failure(wrong.smsSend(record.accountId, { to: recipient, message: canary }));

    const serialized = JSON.stringify(h.traces);
    expect(serialized).not.toContain(h.sandbox.credentials.applicationPassword);
    expect(serialized).not.toContain('WRONG-PASSWORD-canary');
    expect(serialized).not.toContain(canary);
    expect(serialized).not.toContain(recipient);
    expect(serialized).not.toMatch(/\d{10}/);

    for (const t of h.traces) {
      expect(
        Object.keys(t).every((k) => allowedKeys.includes(k)),
        JSON.stringify(t),
      ).toBe(true);
      expect(t.environmentId).toBe('sandbox');
      expect(t.durationMs).toBeGreaterThanOrEqual(0);
      expect(Number.isNaN(Date.parse(t.at))).toBe(false);
    }
    const sms = h.traces.filter((t) => t.method === 'SmsSend');
    expect(sms.map((t) => [t.outcome, t.responseCode])).toEqual([
      ['updox-error', 4035],
      ['ok', 2000],
      ['updox-error', 4060],
      ['updox-error', 4010],
    ]);
    expect(sms.every((t) => t.accountId === record.accountId && t.attempt === 1)).toBe(true);
    const create = h.traces.find((t) => t.method === 'PracticeCreate') as UpdoxTrace;
    expect(create).toMatchObject({
      version: '1.1',
      accountId: record.accountId,
      outcome: 'ok',
      responseCode: 2000,
    });
  });

  it('a trace sink that throws does not break the call', async () => {
    const client = h.clientWith({
      onTrace: () => {
        throw new Error('audit log is full');
      },
    });
    await expect(client.ping()).resolves.toBeUndefined();
  });
});
