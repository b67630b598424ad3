import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox';
import { createUpdoxClient, type UpdoxClient } from '../../../src/main/updox/client';
import { sandboxVendorBody } from '../../../src/main/services/business/sandbox-vendor-push';
import { computeSmsReadiness } from '../../../src/shared/domain/sms-readiness';
import { emptyBusinessDetails } from '../../../src/shared/domain/business-details';
import { callUpdox, setVendor, smsSendCode } from '../../support/sandbox-api';

// The oracle is the real sandbox: an account created with PracticeCreate/1.1, the partner pushed through the
// control plane, SmsSend answers 4039 exactly when computeSmsReadiness (on what PracticeGet answers) says
// incomplete. Values are what the app itself can hold: the account as the sandbox accepted it, the partner as
// the Business details form stores it (trimmed) or blank.

const mostly = <T>(valid: fc.Arbitrary<T>, other: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: other, weight: 1 });
const blank = fc.constantFrom('', '   ');
const text = mostly(fc.constantFrom('Sunrise Pediatrics', '123 Main St', 'Dublin', 'Å'), blank);
const state = mostly(fc.constantFrom('OH', 'PR', 'DC', 'VI', 'WY'), blank);
const postal = mostly(fc.oneof(fc.stringMatching(/^\d{5}$/), fc.stringMatching(/^\d{9}$/)), blank);
const country = mostly(fc.constantFrom('', 'US', 'us'), fc.constantFrom('CA', 'MX', 'GB'));
const site = fc.constantFrom(
  'https://sunrisepeds.com',
  'http://example.org/x',
  'HTTPS://Clinic.Example.COM',
  'https://facebook.com/sunrise',
);
const website = mostly(site, blank);
const partnerWebsite = mostly(site, fc.constantFrom(''));
const email = mostly(fc.constantFrom('jj@partner.com', 'x@y.z'), fc.constantFrom('', 'john', 'a@b'));
const phone = mostly(
  fc.constantFrom('4065550120', '8885551212'),
  fc.constantFrom('', '555', '406555012', '28885551212'),
);
const name = mostly(fc.constantFrom('Jane', 'Lee'), fc.constantFrom(''));

const accountArb = fc.record({
  name: fc.constantFrom('Sunrise Pediatrics', 'Oak Clinic'),
  address1: text,
  address2: fc.constantFrom('', 'Suite 2'),
  city: text,
  state,
  postal,
  countryCode: country,
  websiteUrl: website,
});
const partnerArb = fc.option(
  fc.record({
    website: partnerWebsite,
    contactFirstName: name,
    contactLastName: name,
    contactEmail: email,
    contactPhone: phone,
  }),
  { nil: null, freq: 6 },
);

describe('computeSmsReadiness agrees with the sandbox on 4039', () => {
  let sandbox: RunningSandbox;
  let client: UpdoxClient;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    client = createUpdoxClient({
      apiBase: sandbox.apiBase,
      credentials: sandbox.credentials,
      environmentId: 'sandbox',
      retry: { retries: 0, minTimeoutMs: 0, maxTimeoutMs: 0 },
    });
  });
  afterAll(() => sandbox.close());

  it('never calls an account complete that the sandbox answers 4039 for, and vice versa', async () => {
    let n = 0;
    const seen = { complete: 0, incomplete: 0 };
    await fc.assert(
      fc.asyncProperty(accountArb, partnerArb, async (account, partner) => {
        n += 1;
        const accountId = `prop-${n}`;
        const created = await callUpdox(sandbox.origin, 'PracticeCreate/1.1', {
          accountId,
          ...account,
          timeZone: 'America/New_York',
          active: true,
        });
        expect(created.responseCode).toBe(2000);
        const details = partner === null ? emptyBusinessDetails() : { ...emptyBusinessDetails(), ...partner };
        await setVendor(sandbox.origin, sandboxVendorBody(details));

        const code = await smsSendCode(sandbox.origin, accountId);
        const held = await client.practiceGet(accountId);
        const readiness = computeSmsReadiness(held, partner);
        seen[readiness.complete ? 'complete' : 'incomplete'] += 1;
        expect([2000, 4035, 4039]).toContain(code);
        expect(code === 4039).toBe(!readiness.complete);
      }),
      { numRuns: 60, seed: 20240601 },
    );
    // Both sides were exercised.
    expect(seen.complete).toBeGreaterThan(5);
    expect(seen.incomplete).toBeGreaterThan(5);
  });

  it('agrees for an account created un-versioned with a name only (no address, no website)', async () => {
    const created = await callUpdox(sandbox.origin, 'PracticeCreate', {
      accountId: 'bare',
      name: 'Bare',
      active: true,
    });
    expect(created.responseCode).toBe(2000);
    const partner = {
      ...emptyBusinessDetails(),
      name: 'Partner',
      website: 'https://partner.example.com',
      contactFirstName: 'Jane',
      contactLastName: 'Lee',
      contactEmail: 'jane@partner.example.com',
      contactPhone: '4065550120',
    };
    await setVendor(sandbox.origin, sandboxVendorBody(partner));
    const readiness = computeSmsReadiness(await client.practiceGet('bare'), partner);
    expect(readiness.missing.map((i) => i.key)).toEqual(['address1', 'city', 'state', 'postal']);
    expect(readiness.warnings.map((w) => w.key)).toEqual(['website-inherited', 'no-physical-address']);
    expect(await smsSendCode(sandbox.origin, 'bare')).toBe(4039);
  });
});
