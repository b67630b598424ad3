import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { judgeNumberAge } from '../../../src/main/services/sms/number-age';
import { businessDaysBetween } from '../../../src/shared/domain/sms-number-wait';
import {
  createNumberPoller,
  pollIntervalFromEnv,
  DEFAULT_POLL_MS,
} from '../../../src/main/services/sms/number-poller';
import { openNumberTimelineStore } from '../../../src/main/services/sms/number-timeline-store';
import { requestNumberFailure, sendFailure } from '../../../src/main/services/sms/sms-errors';
import { UpdoxError } from '../../../src/main/updox/updox-error';

const DAY = 24 * 60 * 60 * 1000;
const monday = Date.parse('2024-06-03T12:00:00Z');

describe('number age', () => {
  it('counts weekdays only', () => {
    expect(businessDaysBetween(monday, monday + 5 * DAY)).toBe(5);
    expect(businessDaysBetween(monday + 4 * DAY, monday + 7 * DAY)).toBe(1); // Fri -> Mon
    expect(businessDaysBetween(monday, monday + DAY - 1)).toBe(0);
  });

  it('is stale only after more than 3 business days pending, and never negative', () => {
    const since = new Date(monday).toISOString();
    expect(judgeNumberAge('pending', since, monday + 3 * DAY).stale).toBe(false);
    const stale = judgeNumberAge('pending', since, monday + 4 * DAY);
    expect(stale.stale).toBe(true);
    expect(stale.advice).toContain('4 business days');
    expect(judgeNumberAge('approved', since, monday + 30 * DAY).stale).toBe(false);
    expect(judgeNumberAge('pending', since, monday - DAY).ageMs).toBe(0);
    expect(judgeNumberAge('rejected', since, monday).advice).toMatch(/request the number again/);
  });
});

describe('poller', () => {
  it('reads DESK_SMS_POLL_MS, refusing nonsense', () => {
    expect(pollIntervalFromEnv('250')).toBe(250);
    expect(pollIntervalFromEnv('abc')).toBe(DEFAULT_POLL_MS);
    expect(pollIntervalFromEnv('-5')).toBe(DEFAULT_POLL_MS);
    expect(pollIntervalFromEnv(undefined)).toBe(DEFAULT_POLL_MS);
  });

  it('backs off while Updox is unreachable and comes back to the interval', async () => {
    const outcomes: Array<'ok' | 'unreachable'> = ['unreachable', 'unreachable', 'ok'];
    const poller = createNumberPoller({
      intervalMs: 60_000,
      maxBackoffMs: 200_000,
      round: async () => outcomes.shift() ?? 'ok',
    });
    poller.start();
    const gap = (s: { nextCheckAt: string | null }) => Date.parse(s.nextCheckAt!) - Date.now();
    expect(gap(await poller.checkNow())).toBeGreaterThan(110_000);
    const second = await poller.checkNow();
    expect(second.backingOff).toBe(true);
    expect(gap(second)).toBeGreaterThan(190_000);
    expect(gap(second)).toBeLessThanOrEqual(200_000);
    const third = await poller.checkNow();
    expect(third.backingOff).toBe(false);
    expect(gap(third)).toBeLessThanOrEqual(60_000);
    expect(third.lastCheckedAt).not.toBeNull();
    await poller.stop();
    expect(poller.state().nextCheckAt).toBeNull();
  });

  it('polls on its own at the interval', async () => {
    let rounds = 0;
    const poller = createNumberPoller({ intervalMs: 60, round: async () => (rounds++, 'ok') });
    poller.start();
    await new Promise((r) => setTimeout(r, 400));
    await poller.stop();
    expect(rounds).toBeGreaterThanOrEqual(3);
  });
});

describe('number timeline store', () => {
  let dir: string;
  afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

  it('records status changes, reports transitions, and survives a reopen', async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'desk-sms-'));
    const store = openNumberTimelineStore(dir);
    const seen = (status: 'pending' | 'approved' | 'none', number: string | null) => [
      { locationId: 7, locationName: 'Columbus', number, status, statusDate: '2024-06-03T12:00:00.000Z' },
    ];
    expect(await store.observe('sandbox', 'acme', seen('none', null))).toEqual([]);
    expect(await store.observe('sandbox', 'acme', seen('pending', '8885550001'))).toEqual([]);
    expect(store.waitingAccounts('sandbox')).toEqual(['acme']);
    expect(store.waitingAccounts('qa')).toEqual([]);
    const t = await store.observe('sandbox', 'acme', seen('approved', '8885550001'));
    expect(t).toEqual([
      expect.objectContaining({ from: 'pending', to: 'approved', locationName: 'Columbus' }),
    ]);
    // A read that began before the approval was seen, finishing after it, does not roll the status back.
    const stale = [
      {
        locationId: 7,
        locationName: 'Columbus',
        number: '8885550001',
        status: 'pending' as const,
        statusDate: '2024-06-01T12:00:00.000Z',
      },
    ];
    expect(await store.observe('sandbox', 'acme', stale)).toEqual([]);
    const reopened = openNumberTimelineStore(dir);
    expect(reopened.timeline('sandbox', 'acme', 7).map((e) => e.status)).toEqual(['pending', 'approved']);
    expect(reopened.waitingAccounts('sandbox')).toEqual([]);
  });
});

describe('number timeline store: the practice name for notices', () => {
  let dir: string;
  afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

  it('keeps the name from a full load, uses it for a poll that does not read it, and after a reopen', async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'desk-sms-'));
    const seen = (status: 'pending' | 'approved' | 'rejected') => [
      { locationId: 3, locationName: 'Powell', number: '8885550003', status, statusDate: null },
    ];
    const store = openNumberTimelineStore(dir);
    await store.observe('sandbox', 'sun', seen('pending'), 'Sunrise Pediatrics');
    expect(await store.observe('sandbox', 'sun', seen('approved'))).toEqual([
      expect.objectContaining({ accountName: 'Sunrise Pediatrics', locationName: 'Powell', to: 'approved' }),
    ]);
    const reopened = openNumberTimelineStore(dir);
    expect(await reopened.observe('sandbox', 'sun', seen('rejected'))).toEqual([
      expect.objectContaining({ accountName: 'Sunrise Pediatrics', to: 'rejected' }),
    ]);
    // Another account, never loaded in full: no name (the notice then names the account ID).
    await reopened.observe('sandbox', 'other', seen('pending'));
    expect(await reopened.observe('sandbox', 'other', seen('approved'))).toEqual([
      expect.objectContaining({ accountName: '', accountId: 'other' }),
    ]);
  });
});

describe('SMS error words', () => {
  const refused = () => {
    const cause = Object.assign(new Error('connect'), { code: 'ECONNREFUSED' });
    return new UpdoxError(
      { kind: 'network', method: 'SmsSend', message: 'x' },
      { cause: new TypeError('fetch failed', { cause }) },
    );
  };

  it('an Updox without SmsSendNumberRequest (HTTP 404) sends the person to the Partner Portal', () => {
    const error = requestNumberFailure(
      new UpdoxError({
        kind: 'updox',
        code: 4000,
        method: 'SmsSendNumberRequest',
        httpStatus: 404,
        message: 'x',
      }),
    ) as Error;
    expect(error.message).toMatch(/Partner Portal/);
    const unexpected = requestNumberFailure(
      new UpdoxError({
        kind: 'unexpected-response',
        method: 'SmsSendNumberRequest',
        httpStatus: 404,
        message: 'x',
      }),
    ) as Error;
    expect(unexpected.message).toMatch(/Partner Portal/);
  });

  it('a send that never reached Updox says it was not sent; an uncertain one is left as the client said', () => {
    expect((sendFailure(refused()) as Error).message).toMatch(/^The text was not sent/);
    const reset = new UpdoxError({
      kind: 'network',
      method: 'SmsSend',
      message: 'cannot tell whether the text was sent',
    });
    expect(sendFailure(reset)).toBe(reset);
  });
});
