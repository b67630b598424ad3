import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SmsNumbers, SmsPollStatus, SmsSendResult, SmsToast } from '../../../src/shared/contract/sms';
import type { AppErrorData } from '../../../src/shared/errors';
import { readAllFiles, startTestApp } from '../services/test-services';
import {
  advanceClock,
  setFaults,
  setSmsEnabled,
  setVendor,
  setVerification,
} from '../../support/sandbox-api';
import { completeAccount, createAccount, partnerDetails } from './sms-sandbox';

type App = Awaited<ReturnType<typeof startTestApp>>;
const DAY = 24 * 60 * 60 * 1000;
const CANARY_TEXT = 'CANARY-body-7f3a9c';
const CANARY_TO = '6145558642';

const okData = async <T>(p: Promise<{ ok: boolean; data?: unknown; error?: AppErrorData }>): Promise<T> => {
  const r = await p;
  if (!r.ok) throw new Error(`call failed: ${JSON.stringify(r.error)}`);
  return r.data as T;
};

describe('SMS numbers and sending, through the dispatcher against the embedded sandbox', () => {
  let app: App;
  let origin: string;
  beforeEach(async () => {
    app = await startTestApp();
    origin = (await app.services.sandbox.get()).origin;
  });
  afterEach(async () => app.close());

  const numbers = (accountId: string) => okData<SmsNumbers>(app.call('sms.numbers', { accountId }));
  const send = (accountId: string, locationId: number, message = 'Hello', to = '(614) 555-0199') =>
    app.call<SmsSendResult>('sms.send', {
      accountId,
      locationId,
      to,
      message,
      secure: false,
      environmentId: 'sandbox',
    });
  const setPartner = async () => {
    await setVendor(origin, partnerDetails);
    await app.services.business.partners.save('sandbox', partnerDetails);
  };
  const completeBoth = async (accountId: string) => {
    await completeAccount(origin, accountId);
    await app.services.business.partners.save('sandbox', partnerDetails);
  };

  it('goes from incomplete, to verification requested, to approved (noticed by a check), to sent', async () => {
    await createAccount(origin, 'lakeside', false, ['Columbus']);
    const first = await numbers('lakeside');
    expect(first.readiness.complete).toBe(false);
    const def = first.locations.find((l) => l.isDefault)!;
    expect(def.status).toBe('none');

    const incomplete = await okData<SmsSendResult>(send('lakeside', def.locationId));
    expect(incomplete).toMatchObject({ outcome: 'business-info-needed', checkedLocally: true });

    await completeBoth('lakeside');
    const requested = await okData<SmsSendResult>(send('lakeside', def.locationId));
    expect(requested).toMatchObject({ outcome: 'verification-requested', code: 4035 });
    expect(requested.message).toContain('2 to 3 business days');

    const pending = await numbers('lakeside');
    expect(pending.locations.find((l) => l.isDefault)).toMatchObject({ status: 'pending', stale: false });
    const status = await okData<SmsPollStatus>(app.call('sms.pollStatus'));
    expect(status.pendingAccounts).toEqual(['lakeside']);

    await advanceClock(origin, 301_000);
    const checked = await okData<SmsPollStatus>(app.call('sms.checkNow', {}));
    expect(checked.pendingAccounts).toEqual([]);
    expect(checked.changeSeq).toBeGreaterThan(status.changeSeq);
    const drained = await okData<{ toasts: SmsToast[] }>(app.call('sms.notifications'));
    expect(drained.toasts).toHaveLength(1);
    expect(drained.toasts[0]).toMatchObject({
      title: 'SMS number approved',
      accountId: 'lakeside',
      tone: 'ok',
    });
    expect((await okData<{ toasts: SmsToast[] }>(app.call('sms.notifications'))).toasts).toEqual([]);

    const approved = (await numbers('lakeside')).locations.find((l) => l.isDefault)!;
    expect(approved.status).toBe('approved');
    expect(approved.timeline.map((t) => t.status)).toEqual(['pending', 'approved']);
    expect(await okData<SmsSendResult>(send('lakeside', def.locationId))).toMatchObject({
      outcome: 'sent',
      code: 2000,
    });
  });

  it('requests a number for a location without one, and flags a long wait as stale', async () => {
    await createAccount(origin, 'sunrise', true, ['Powell']);
    await setPartner();
    await setVerification(origin, { numberAssignDelayMs: 10 * DAY });
    const powell = (await numbers('sunrise')).locations.find((l) => l.locationName === 'Powell')!;
    expect(powell.status).toBe('none');
    const row = await okData<{ status: string; ageMs: number }>(
      app.call('sms.requestNumber', {
        accountId: 'sunrise',
        locationId: powell.locationId,
        environmentId: 'sandbox',
      }),
    );
    expect(row.status).toBe('number-pending');
    await advanceClock(origin, 7 * DAY);
    const later = (await numbers('sunrise')).locations.find((l) => l.locationName === 'Powell')!;
    expect(later.ageMs).toBeGreaterThanOrEqual(7 * DAY - 60_000);
    expect(later.stale).toBe(true);
    expect(later.advice).toMatch(/partnersupport@updox\.com/);
  });

  it('says SMS is not enabled (4015) on both the numbers and the send', async () => {
    await createAccount(origin, 'sunrise', true);
    await setPartner();
    await setSmsEnabled(origin, false);
    const view = await numbers('sunrise');
    expect(view.smsEnabled).toBe(false);
    expect(view.smsMessage).toContain('account manager');
    const def = view.locations[0]!;
    expect(await okData<SmsSendResult>(send('sunrise', def.locationId))).toMatchObject({
      outcome: 'sms-not-enabled',
      code: 4015,
    });
  });

  it('the background check follows waiting numbers of every environment, each in its own, whichever is active', async () => {
    await createAccount(origin, 'lakeside', false, ['Columbus']);
    await completeBoth('lakeside');
    const def = (await numbers('lakeside')).locations.find((l) => l.isDefault)!;
    const requested = await okData<SmsSendResult>(send('lakeside', def.locationId));
    // The send answers the account's numbers as they are now: the screen shows them without asking again.
    expect(requested.numbers?.locations.find((l) => l.isDefault)?.status).toBe('pending');
    const changes: Array<{ environmentId: string; accountId: string }> = [];
    app.services.events.listen((name, payload) => {
      if (name === 'numbers') changes.push(payload as { environmentId: string; accountId: string });
    });
    // Another environment becomes active (QA, which has no credentials here): the sandbox's number still waits.
    app.services.settings.update((cur) => ({ ...cur, activeEnvironmentId: 'qa' }));
    await advanceClock(origin, 301_000);
    await app.services.sms.checkNow({});
    expect(changes).toContainEqual(
      expect.objectContaining({ environmentId: 'sandbox', accountId: 'lakeside' }),
    );
    app.services.settings.update((cur) => ({ ...cur, activeEnvironmentId: 'sandbox' }));
    expect((await okData<SmsPollStatus>(app.call('sms.pollStatus'))).pendingAccounts).toEqual([]);
  });

  it('rejects a bad recipient before Updox, naming the field', async () => {
    const r = await send('any', 1, 'Hi', '555-12');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.fields?.to).toMatch(/^Send to must be a 10-digit US mobile number/);
  });

  it('never writes the message or the recipient number anywhere; the history keeps the last four digits', async () => {
    await createAccount(origin, 'sunrise', true);
    await setPartner();
    const def = (await numbers('sunrise')).locations[0]!;
    await send('sunrise', def.locationId, `Hi ${CANARY_TEXT}`, CANARY_TO);
    await advanceClock(origin, 301_000);
    await numbers('sunrise');
    expect(
      await okData<SmsSendResult>(send('sunrise', def.locationId, `Hi ${CANARY_TEXT}`, CANARY_TO)),
    ).toMatchObject({
      outcome: 'sent',
    });
    await setFaults(origin, [{ method: 'SmsSend', kind: 'drop' }]);
    await send('sunrise', def.locationId, `Hi ${CANARY_TEXT}`, CANARY_TO);
    const history = await okData<{ entries: Array<{ toLast4: string; outcome: string }> }>(
      app.call('sms.history', { accountId: 'sunrise' }),
    );
    expect(history.entries.map((e) => e.outcome)).toEqual([
      'failed:network',
      'sent',
      'verification-requested',
    ]);
    expect(history.entries.every((e) => e.toLast4 === '8642')).toBe(true);
    await app.services.close();
    for (const [file, text] of Object.entries(await readAllFiles(app.dataDir))) {
      expect(text.includes(CANARY_TEXT), file).toBe(false);
      expect(text.includes(CANARY_TO), file).toBe(false);
    }
  });

  it('a rejected number: the notice names the practice, the advice says why, and requesting again restarts verification', async () => {
    await createAccount(origin, 'sunrise', true, ['Columbus']);
    await setPartner();
    await setVerification(origin, { outcome: 'REJECTED' });
    const columbus = (await numbers('sunrise')).locations.find((l) => l.locationName === 'Columbus')!;
    expect(await okData<SmsSendResult>(send('sunrise', columbus.locationId))).toMatchObject({
      outcome: 'verification-requested',
    });
    await advanceClock(origin, 301_000);
    // The poll reads only SmsSendNumberList: the practice's name comes from what the app kept.
    const polled = await okData<SmsPollStatus>(app.call('sms.checkNow', {}));
    expect(polled.intervalMs).toBeGreaterThan(0);
    const { toasts } = await okData<{ toasts: SmsToast[] }>(app.call('sms.notifications'));
    expect(toasts).toEqual([
      expect.objectContaining({
        kind: 'rejected',
        accountId: 'sunrise',
        accountName: 'Sunrise Family Clinic',
        locationName: 'Columbus',
        tone: 'warn',
      }),
    ]);
    expect(toasts[0]!.body).toMatch(/^Sunrise Family Clinic \(Columbus\): /);

    const rejected = (await numbers('sunrise')).locations.find((l) => l.locationName === 'Columbus')!;
    expect(rejected.status).toBe('rejected');
    expect(rejected.advice).toMatch(/do not match public records/);
    expect(rejected.advice).toMatch(/social media profile or the partner's own site/);

    await setVerification(origin, { outcome: 'APPROVED' });
    const again = await okData<{ status: string; number: string | null }>(
      app.call('sms.requestNumber', {
        accountId: 'sunrise',
        locationId: columbus.locationId,
        environmentId: 'sandbox',
      }),
    );
    expect(again).toMatchObject({ status: 'pending' });
    expect(again.number).toMatch(/^\d{10}$/);
    expect((await okData<SmsPollStatus>(app.call('sms.pollStatus'))).pendingAccounts).toEqual(['sunrise']);
  });
});
