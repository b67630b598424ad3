import { callUpdoxOk, createPractice, setVendor, syncLocations } from '../../support/sandbox-api';

/** SMS scenes in the embedded sandbox: accounts complete or not for SMS, and a complete partner. */

/** A practice record whose own SMS business details are all there; `overrides` rename or re-site it. */
export const completePractice = (accountId: string, overrides: Record<string, unknown> = {}) => ({
  accountId,
  name: 'Sunrise Family Clinic',
  address1: '100 Main Street',
  address2: '',
  city: 'Dublin',
  state: 'OH',
  postal: '43017',
  phone: '6145550100',
  fax: '',
  timeZone: 'America/New_York',
  websiteUrl: 'https://sunrise-clinic.example.com',
  alternativeWebsiteUrl: '',
  countryCode: 'US',
  active: true,
  ...overrides,
});

export const partnerDetails = {
  name: 'Partner EHR',
  legalName: 'Partner EHR LLC',
  address1: '1 Partner Way',
  address2: '',
  city: 'Columbus',
  state: 'OH',
  postal: '43215',
  countryCode: 'US',
  website: 'https://partner.example.com',
  contactFirstName: 'John',
  contactLastName: 'Smith',
  contactEmail: 'jsmith@partner.example.com',
  contactPhone: '8885551212',
};

/** A complete account, or one with only a name (incomplete for SMS); plus extra locations loc-1, loc-2... */
export const createAccount = async (
  origin: string,
  accountId: string,
  complete: boolean,
  extraLocations: string[] = [],
) => {
  await createPractice(
    origin,
    complete ? completePractice(accountId) : { accountId, name: 'Lakeside Pediatrics', active: true },
  );
  if (extraLocations.length > 0) {
    const locations = extraLocations.map((name, i) => ({
      id: `loc-${i + 1}`,
      code: `l${i + 1}`,
      name,
      active: true,
      showInPortal: true,
    }));
    await syncLocations(origin, accountId, locations);
  }
};

/** Completes the account's own details (PracticeUpdate/1.1) and the sandbox's partner details. */
export const completeAccount = async (
  origin: string,
  accountId: string,
  overrides: Record<string, unknown> = {},
) => {
  await callUpdoxOk(origin, 'PracticeUpdate/1.1', completePractice(accountId, overrides));
  await setVendor(origin, partnerDetails);
};
