import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { failure, type Harness, partnerContact, practice, startHarness, tracesFor } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.control('reset');
  h.traces.length = 0;
});

const faults = (...rules: Record<string, unknown>[]) => h.control('faults', { rules });
const accountsWithId = async (accountId: string) => {
  const state = await h.state();
  return (state.accounts as { accountId: string }[]).filter((a) => a.accountId === accountId);
};

describe('PracticeCreate is never repeated blind', () => {
  it('an answer dropped after Updox created the account ends as one account, reconciled', async () => {
    const record = practice();
    await faults({ method: 'PracticeCreate', kind: 'drop', afterHandling: true, times: 1 });
    const result = await h.client.practiceCreate(record);
    expect(result).toEqual({ accountId: record.accountId, action: 'create', reconciled: true });
    expect(await accountsWithId(record.accountId)).toHaveLength(1);
    expect(tracesFor(h.traces, 'PracticeCreate').map((t) => t.outcome)).toEqual(['network']);
    expect(tracesFor(h.traces, 'PracticeGet').map((t) => t.outcome)).toEqual(['ok']);
  });

  it('a create that timed out after Updox handled it is reconciled too', async () => {
    const record = practice();
    await faults({
      method: 'PracticeCreate',
      kind: 'latency',
      latencyMs: 600,
      afterHandling: true,
      times: 1,
    });
    const result = await h.clientWith({ timeoutMs: 150 }).practiceCreate(record);
    expect(result.reconciled).toBe(true);
    expect(tracesFor(h.traces, 'PracticeCreate').map((t) => t.outcome)).toEqual(['timeout']);
    expect(await accountsWithId(record.accountId)).toHaveLength(1);
  });

  it('a create dropped before Updox handled it is tried once more', async () => {
    const record = practice();
    await faults({ method: 'PracticeCreate', kind: 'drop', times: 1 });
    const result = await h.client.practiceCreate(record);
    expect(result).toEqual({ accountId: record.accountId, action: 'create', reconciled: false });
    expect(tracesFor(h.traces, 'PracticeCreate').map((t) => t.outcome)).toEqual(['network', 'ok']);
    expect(await accountsWithId(record.accountId)).toHaveLength(1);
  });

  it('gives up after the second lost create, without a third', async () => {
    await faults({ method: 'PracticeCreate', kind: 'drop' });
    const error = await failure(h.client.practiceCreate(practice()));
    expect(error.kind).toBe('network');
    expect(tracesFor(h.traces, 'PracticeCreate')).toHaveLength(2);
  });

  it('an account found under another name is a conflict, not a success', async () => {
    const record = practice();
    await h.client.practiceCreate(record);
    await faults({ method: 'PracticeCreate', kind: 'drop', afterHandling: true, times: 1 });
    const error = await failure(h.client.practiceCreate({ ...record, name: 'Another Practice' }));
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain(record.name);
    expect(error.fields).toHaveProperty('accountId');
  });

  it('says plainly when the outcome could not be checked', async () => {
    const record = practice();
    await faults(
      { method: 'PracticeCreate', kind: 'drop', afterHandling: true, times: 1 },
      { method: 'PracticeGet', kind: 'http5xx', status: 503 },
    );
    const error = await failure(h.client.practiceCreate(record));
    expect(error.kind).toBe('network');
    expect(error.message).toContain(`could not check whether account ${record.accountId} was created`);
    expect(tracesFor(h.traces, 'PracticeCreate')).toHaveLength(1);
  });
});

describe('retries only where safe', () => {
  it('a read is retried through a transient 5xx', async () => {
    const record = practice();
    await h.client.practiceCreate(record);
    await faults({ method: 'PracticeGet', kind: 'http5xx', status: 503, times: 1 });
    const details = await h.client.practiceGet(record.accountId);
    expect(details.name).toBe(record.name);
    const attempts = tracesFor(h.traces, 'PracticeGet');
    expect(attempts.map((t) => [t.attempt, t.outcome, t.httpStatus])).toEqual([
      [1, 'network', 503],
      [2, 'ok', 200],
    ]);
  });

  it('a read that keeps failing ends as a network error after the configured retries', async () => {
    await faults({ method: 'PracticeList', kind: 'http5xx', status: 502 });
    const error = await failure(h.client.practiceList());
    expect(error.kind).toBe('network');
    expect(error.message).toContain('HTTP 502');
    expect(tracesFor(h.traces, 'PracticeList').map((t) => t.attempt)).toEqual([1, 2, 3]);
  });

  it('PracticeUpdate (the whole record) is retried through a dropped answer', async () => {
    const record = practice();
    await h.client.practiceCreate(record);
    await faults({ method: 'PracticeUpdate', kind: 'drop', afterHandling: true, times: 1 });
    const result = await h.client.practiceUpdate({ ...record, city: 'Dublin' });
    expect(result.action).toBe('update');
    expect((await h.client.practiceGet(record.accountId)).city).toBe('Dublin');
    expect(tracesFor(h.traces, 'PracticeUpdate').map((t) => t.outcome)).toEqual(['network', 'ok']);
  });

  it('SmsSend is not repeated after a dropped answer: Updox saw one attempt', async () => {
    await h.control('vendor', partnerContact);
    const record = practice();
    await h.client.practiceCreate(record);
    const text = { to: '6145550123', message: 'See you tomorrow.' };
    expect((await failure(h.client.smsSend(record.accountId, text))).code).toBe(4035);
    await h.control('clock', { advanceMs: 10 * 60_000 });
    await h.client.smsSend(record.accountId, text);
    const sentBefore = ((await h.state()).sms as { sentCount: number }).sentCount;

    await faults({ method: 'SmsSend', kind: 'drop', afterHandling: true, times: 1 });
    const before = tracesFor(h.traces, 'SmsSend').length;
    const error = await failure(h.client.smsSend(record.accountId, text));
    expect(error.kind).toBe('network');
    expect(error.message).toContain('cannot tell whether the text was sent');
    expect(tracesFor(h.traces, 'SmsSend').length - before).toBe(1);
    expect(((await h.state()).sms as { sentCount: number }).sentCount).toBe(sentBefore + 1);
  });

  it('SmsSendNumberRequest is not repeated after a 5xx', async () => {
    const record = practice();
    await h.client.practiceCreate(record);
    await faults({ method: 'SmsSendNumberRequest', kind: 'http5xx', status: 500, times: 1 });
    const error = await failure(h.client.smsSendNumberRequest(record.accountId, 1));
    expect(error.kind).toBe('network');
    expect(error.message).toContain('cannot tell whether the number was requested');
    expect(tracesFor(h.traces, 'SmsSendNumberRequest')).toHaveLength(1);
  });
});

describe('timeouts and bodies Updox should not send', () => {
  it('a slow answer is a timeout, retried for a read, then reported', async () => {
    await faults({ method: 'Ping', kind: 'latency', latencyMs: 800 });
    const started = Date.now();
    const error = await failure(
      h.clientWith({ timeoutMs: 120, retry: { retries: 1, minTimeoutMs: 5, maxTimeoutMs: 10 } }).ping(),
    );
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(
      'Updox did not answer within 0.1 seconds. Check your connection and try again.',
    );
    expect(tracesFor(h.traces, 'Ping').map((t) => t.outcome)).toEqual(['timeout', 'timeout']);
    expect(Date.now() - started).toBeLessThan(700);
  });

  it('a body that trickles in past the deadline is a timeout too', async () => {
    await faults({ method: 'PingWithApplicationAuth', kind: 'slowBody', latencyMs: 1_000 });
    const error = await failure(
      h
        .clientWith({ timeoutMs: 200, retry: { retries: 0, minTimeoutMs: 1, maxTimeoutMs: 1 } })
        .pingWithApplicationAuth(),
    );
    expect(error.kind).toBe('timeout');
  });

  it('a body that is not JSON is an unexpected-response, not retried', async () => {
    await faults({ method: 'PracticeList', kind: 'malformed' });
    const error = await failure(h.client.practiceList());
    expect(error.kind).toBe('unexpected-response');
    expect(error.message).toBe('This Updox environment answered PracticeList in an unexpected form.');
    expect(tracesFor(h.traces, 'PracticeList').map((t) => t.outcome)).toEqual(['unexpected']);
  });

  it('an Updox 4xxx is never retried', async () => {
    await failure(h.client.practiceGet('nobody'));
    expect(tracesFor(h.traces, 'PracticeGet').map((t) => [t.outcome, t.responseCode])).toEqual([
      ['updox-error', 4131],
    ]);
  });
});
