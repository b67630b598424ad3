import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMPLETE_PARTNER, completePractice, startHarness, type Harness } from './sandbox-harness';

let h: Harness;
const acct = { accountId: 'sms-acct' };
type NumberEntry = {
  locationId: number;
  number: string | null;
  numberType: string;
  status: string;
  statusDate: string;
};

beforeEach(async () => {
  h = await startHarness();
  await h.call('PracticeCreate/1.1', completePractice('sms-acct'));
});
afterEach(() => h.close());

const numbers = async () => (await h.call('SmsSendNumberList', {}, acct)).numbers as NumberEntry[];
const send = (fields: Record<string, unknown> = {}) =>
  h.call('SmsSend', { to: '6145550199', message: 'Your appointment is tomorrow', ...fields }, acct);
const advance = (advanceMs: number) => h.control('clock', { advanceMs });
const defaultLocationId = async () =>
  (
    (await h.call('PracticeLocationsRetrieve', {}, acct)).locations as Array<{ id: number; code: string }>
  ).find((l) => l.code === 'def')?.id;

describe('SmsSend state machine', () => {
  it('4015 -> 4060 -> 4039 -> 4035 (number requested) -> 4035 -> APPROVED -> 2000', async () => {
    expect((await h.control('sms', { enabled: false })).body).toEqual({ ok: true, enabled: false });
    expect((await send()).responseCode).toBe(4015);
    expect((await send({ to: 'bad' })).responseCode).toBe(4015); // 4015 comes before validation
    expect((await h.call('SmsSendNumberList', {}, acct)).responseCode).toBe(4015);
    await h.control('sms', { enabled: true });

    const invalid = await send({ to: '614555', message: 'x'.repeat(1601), locationId: 999999 });
    expect(invalid.responseCode).toBe(4060);
    expect(invalid.responseMessage).toBe(
      'to: must be 10 digits; message: must be at most 1600 characters; locationId: is not a location of this account',
    );
    expect((await send({ to: null, message: '' })).responseMessage).toBe(
      'to: is required; message: is required',
    );
    expect((await send({ message: 'é'.repeat(1600) })).responseCode).not.toBe(4060);

    expect((await send()).responseCode).toBe(4039); // partner details are empty
    expect(await numbers()).toEqual([]);

    await h.control('vendor', COMPLETE_PARTNER);
    const first = await send();
    expect(first).toMatchObject({ successful: false, responseCode: 4035 });
    const [entry] = await numbers();
    expect(entry).toMatchObject({
      locationId: await defaultLocationId(),
      numberType: 'TOLL_FREE',
      status: 'PENDING',
    });
    expect(entry?.number).toMatch(/^8\d{9}$/);
    expect(new Date(entry?.statusDate ?? '').toISOString()).toBe(entry?.statusDate);

    await advance(299_000);
    expect((await send()).responseCode).toBe(4035);
    expect((await numbers())[0]?.status).toBe('PENDING');

    await advance(1_000);
    const [approved] = await numbers();
    expect(approved).toMatchObject({ status: 'APPROVED', number: entry?.number });
    expect(Date.parse(approved?.statusDate ?? '') - Date.parse(entry?.statusDate ?? '')).toBe(300_000);

    const ok = await send({ secure: 'true' });
    expect(ok).toMatchObject({ successful: true, responseCode: 2000 });
    expect(typeof ok.messageId).toBe('string');
    const state = await h.state();
    expect(state.sms).toMatchObject({
      sentCount: 1,
      recent: [expect.objectContaining({ toLast4: '0199', secure: true })],
    });
    expect(JSON.stringify(state)).not.toContain('6145550199');
    expect(JSON.stringify(state)).not.toContain('appointment is tomorrow');
  });

  it('NUMBER_PENDING -> PENDING via SmsSendNumberRequest, then REJECTED gives 4039, a re-request starts over', async () => {
    await h.control('vendor', COMPLETE_PARTNER);
    await h.call('LocationsSync', { locations: [{ id: 'n1', code: 'north', name: 'North' }] }, acct);
    const north = (
      (await h.call('PracticeLocationsRetrieve', {}, acct)).locations as Array<{ id: number; code: string }>
    ).find((l) => l.code === 'north');
    const locationId = north?.id ?? -1;

    expect((await h.call('SmsSendNumberRequest', {}, acct)).responseMessage).toBe('locationId: is required');
    const requested = await h.call('SmsSendNumberRequest', { locationId: String(locationId) }, acct);
    expect(requested.responseCode).toBe(2000);
    expect(requested.number).toMatchObject({
      locationId,
      number: null,
      status: 'NUMBER_PENDING',
      numberType: 'TOLL_FREE',
    });
    // Asking again is harmless.
    expect((await h.call('SmsSendNumberRequest', { locationId }, acct)).number).toMatchObject({
      status: 'NUMBER_PENDING',
    });
    expect((await send({ locationId })).responseCode).toBe(4035);
    expect(await numbers()).toHaveLength(1); // the default location still has no number

    await advance(60_000);
    const [assigned] = await numbers();
    expect(assigned).toMatchObject({ locationId, status: 'PENDING' });
    expect(assigned?.number).toMatch(/^8\d{9}$/);

    expect((await h.control('verification', { outcome: 'REJECTED' })).status).toBe(200);
    await advance(300_000);
    expect((await numbers())[0]).toMatchObject({ status: 'REJECTED', number: assigned?.number });
    expect((await send({ locationId })).responseCode).toBe(4039);

    await h.control('verification', { outcome: 'APPROVED', delayMs: 10 });
    const again = await h.call('SmsSendNumberRequest', { locationId }, acct);
    expect(again.number).toMatchObject({ status: 'PENDING', number: assigned?.number });
    await advance(10);
    expect((await send({ locationId })).responseCode).toBe(2000);
  });

  it('the verification delay also passes in real time', async () => {
    await h.control('vendor', COMPLETE_PARTNER);
    await h.control('verification', { delayMs: 30 });
    expect((await send()).responseCode).toBe(4035);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect((await send()).responseCode).toBe(2000);
  });

  it('start options set the delays', async () => {
    const quick = await startHarness({ verificationDelayMs: 5_000, numberAssignDelayMs: 1_000 });
    try {
      expect((await quick.state()).verification).toEqual({
        delayMs: 5_000,
        numberAssignDelayMs: 1_000,
        outcome: 'APPROVED',
      });
    } finally {
      await quick.close();
    }
  });
});

describe('business details sufficiency', () => {
  it('an un-versioned practice without an address cannot send (4039), even with complete partner details', async () => {
    await h.control('vendor', COMPLETE_PARTNER);
    await h.call('PracticeCreate', { accountId: 'bare', name: 'Bare', active: true });
    expect(
      (await h.call('SmsSend', { to: '6145550199', message: 'hi' }, { accountId: 'bare' })).responseCode,
    ).toBe(4039);
    expect((await h.call('SmsSendNumberList', {}, { accountId: 'bare' })).numbers).toEqual([]);
  });

  it("uses the partner's website when the account has none, and needs one of the two", async () => {
    await h.control('vendor', { ...COMPLETE_PARTNER, website: '' });
    await h.call('PracticeUpdate/1.1', completePractice('sms-acct', { websiteUrl: '' }));
    expect((await send()).responseCode).toBe(4039);
    await h.control('vendor', COMPLETE_PARTNER);
    expect((await send()).responseCode).toBe(4035);
  });

  it('a non-US countryCode is insufficient', async () => {
    await h.control('vendor', COMPLETE_PARTNER);
    await h.call('PracticeUpdate/1.1', completePractice('sms-acct', { countryCode: 'CA' }));
    expect((await send()).responseCode).toBe(4039);
    expect(
      (await h.call('SmsSendNumberRequest', { locationId: await defaultLocationId() }, acct)).responseCode,
    ).toBe(4039);
  });
});
