import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { failure, type Harness, practice, startHarness } from './support';

const partner = {
  name: 'Partner EHR',
  legalName: 'Partner EHR LLC',
  address1: '123 Main Street',
  address2: '',
  city: 'Anywhere',
  state: 'AL',
  postal: '44444',
  countryCode: 'US',
  website: 'https://partner.example.com',
  contactFirstName: 'John',
  contactLastName: 'Smith',
  contactEmail: 'jjsmith@partner.example.com',
  contactPhone: '+1888-555-1212',
};

const VERIFICATION_MS = 300_000;
const ASSIGN_MS = 60_000;

let h: Harness;
let accountId = '';
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.control('reset');
  await h.control('vendor', partner);
  await h.control('verification', {
    delayMs: VERIFICATION_MS,
    numberAssignDelayMs: ASSIGN_MS,
    outcome: 'APPROVED',
  });
  accountId = (await h.client.practiceCreate(practice())).accountId;
});

const text = { to: '6145550123', message: 'Your appointment is tomorrow at 9.' };

describe('SMS', () => {
  it('4015 when SMS is not enabled for the credentials, in the UX words', async () => {
    await h.control('sms', { enabled: false });
    const error = await failure(h.client.smsSend(accountId, text));
    expect(error.toData()).toEqual({
      kind: 'updox',
      code: 4015,
      message: 'SMS is not enabled for your Updox credentials. Ask your Updox account manager to enable it.',
    });
  });

  it('4039 when the business details are insufficient (partner contact missing)', async () => {
    await h.control('vendor', { ...partner, contactEmail: '', contactPhone: '' });
    const error = await failure(h.client.smsSend(accountId, text));
    expect(error).toMatchObject({ kind: 'updox', code: 4039 });
    expect(error.message).toBe(
      'Updox needs more business information before it can verify a number for this practice.',
    );
  });

  it('4039 when the practice has no address (un-versioned create)', async () => {
    const bare = practice({ address1: '', city: '' });
    await h.client.practiceCreate(bare);
    expect((await failure(h.client.smsSend(bare.accountId, text))).code).toBe(4039);
  });

  it('4035 on the first send, pending until verified, then 2000 with a message ID', async () => {
    expect(await h.client.smsSendNumberList(accountId)).toEqual([]);
    const first = await failure(h.client.smsSend(accountId, text));
    expect(first).toMatchObject({ kind: 'updox', code: 4035 });
    expect(first.message).toBe(
      "Verification requested for this number. It usually takes 2 to 3 business days; we'll tell you when it's approved.",
    );
    const [pending] = await h.client.smsSendNumberList(accountId);
    expect(pending).toMatchObject({
      status: 'pending',
      numberType: 'toll-free',
      number: expect.stringMatching(/^\d{10}$/),
    });
    expect((await failure(h.client.smsSend(accountId, text))).code).toBe(4035);

    await h.control('clock', { advanceMs: VERIFICATION_MS + 1_000 });
    const [approved] = await h.client.smsSendNumberList(accountId);
    expect(approved).toMatchObject({
      status: 'approved',
      locationId: pending?.locationId,
      number: pending?.number,
    });
    const sent = await h.client.smsSend(accountId, { ...text, secure: true });
    expect(sent.messageId).toEqual(expect.any(String));
  });

  it('a requested number goes number-pending -> pending -> rejected, and a rejected number sends 4039', async () => {
    await h.control('verification', { outcome: 'REJECTED' });
    const locations = await h.client.practiceLocationsRetrieve(accountId, { activeOnly: true });
    const def = locations.find((l) => l.code === 'def');
    expect(def).toBeDefined();
    const requested = await h.client.smsSendNumberRequest(accountId, def?.updoxId ?? -1);
    expect(requested).toMatchObject({ locationId: def?.updoxId, status: 'number-pending', number: null });
    expect(Number.isNaN(Date.parse(requested.statusDate))).toBe(false);

    await h.control('clock', { advanceMs: ASSIGN_MS + 1_000 });
    const [assigned] = await h.client.smsSendNumberList(accountId);
    expect(assigned).toMatchObject({ status: 'pending', number: expect.stringMatching(/^8\d{9}$/) });

    await h.control('clock', { advanceMs: VERIFICATION_MS + 1_000 });
    expect((await h.client.smsSendNumberList(accountId))[0]?.status).toBe('rejected');
    expect((await failure(h.client.smsSend(accountId, text))).code).toBe(4039);
  });

  it('a bad recipient or an empty message is 4060 on the app fields', async () => {
    const error = await failure(h.client.smsSend(accountId, { to: '123', message: '' }));
    expect(error.code).toBe(4060);
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['message', 'to']);
    expect(error.fields?.to).toMatch(/^Send to /);
  });

  it('an unknown location is 4060 on the Send From field', async () => {
    const error = await failure(h.client.smsSend(accountId, { ...text, locationId: 999_999 }));
    expect(error.code).toBe(4060);
    expect(error.fields).toHaveProperty('locationId');
  });
});
