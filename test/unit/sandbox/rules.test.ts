import { describe, expect, it } from 'vitest';
import { businessDetailsGaps } from '../../../src/sandbox/rules/business-details';
import {
  isAcceptablePassword,
  isDnsLabel,
  isHttpUrl,
  isUsPhoneLoose,
  US_STATE_CODES,
} from '../../../src/sandbox/rules/practice-rules';
import { seededRandom } from '../../../src/sandbox/faults';
import type { Account, PartnerDetails } from '../../../src/sandbox/state';
import { COMPLETE_PARTNER } from './sandbox-harness';

const account: Account = {
  accountId: 'a',
  pid: 1,
  name: 'Clinic',
  address1: '1 Main St',
  address2: null,
  city: 'Columbus',
  state: 'OH',
  postal: '43215',
  phone: null,
  fax: null,
  timeZone: 'Zulu',
  websiteAddress: null,
  directDomain: null,
  directAddress: null,
  metadata: null,
  active: true,
  websiteUrl: 'https://clinic.example.com',
  alternativeWebsiteUrl: null,
  countryCode: 'US',
};
const partner: PartnerDetails = COMPLETE_PARTNER;

describe('business details sufficiency', () => {
  it('is sufficient with everything present; address2 is never needed; countryCode is case-insensitive', () => {
    expect(businessDetailsGaps(account, partner)).toEqual([]);
    expect(businessDetailsGaps({ ...account, countryCode: 'us' }, partner)).toEqual([]);
  });

  it.each<[string, Partial<Account>, Partial<PartnerDetails>]>([
    ['account name', { name: '  ' }, {}],
    ['account address1', { address1: null }, {}],
    ['account city', { city: '' }, {}],
    ['account state', { state: 'ZZ' }, {}],
    ['account postal', { postal: '123' }, {}],
    ['account countryCode', { countryCode: 'CA' }, {}],
    ['website (account or partner)', { websiteUrl: null }, { website: 'partner.example.com' }],
    ['partner contactFirstName', {}, { contactFirstName: ' ' }],
    ['partner contactLastName', {}, { contactLastName: '' }],
    ['partner contactEmail', {}, { contactEmail: 'jo@example' }],
    ['partner contactPhone', {}, { contactPhone: '555-1212' }],
  ])('misses %s', (gap, accountChange, partnerChange) => {
    expect(businessDetailsGaps({ ...account, ...accountChange }, { ...partner, ...partnerChange })).toEqual([
      gap,
    ]);
  });

  it("falls back to the partner's website", () => {
    expect(businessDetailsGaps({ ...account, websiteUrl: null }, partner)).toEqual([]);
    expect(businessDetailsGaps({ ...account, websiteUrl: 'not a url' }, partner)).toEqual([]);
  });
});

describe('field rules', () => {
  it('knows exactly 56 state and territory codes', () => {
    expect(US_STATE_CODES.size).toBe(56);
    for (const code of ['DC', 'AS', 'GU', 'MP', 'PR', 'VI']) expect(US_STATE_CODES.has(code)).toBe(true);
  });

  it('password policy: 8-30 chars, upper, lower, and a digit or special character', () => {
    expect(isAcceptablePassword('Abcdefg1')).toBe(true);
    expect(isAcceptablePassword('Abcdefg#')).toBe(true);
    expect(isAcceptablePassword('Abcdef1')).toBe(false);
    expect(isAcceptablePassword('abcdefg1')).toBe(false);
    expect(isAcceptablePassword('ABCDEFG1')).toBe(false);
    expect(isAcceptablePassword('Abcdefgh')).toBe(false);
  });

  it('DNS labels', () => {
    expect(isDnsLabel('a-b-1')).toBe(true);
    expect(isDnsLabel('x'.repeat(63))).toBe(true);
    expect(isDnsLabel('x'.repeat(64))).toBe(false);
    expect(isDnsLabel('a_b')).toBe(false);
    expect(isDnsLabel('')).toBe(false);
  });

  it('http(s) URLs and loose US phones', () => {
    expect(isHttpUrl('https://facebook.com/mypractice')).toBe(true);
    expect(isHttpUrl('HTTP://example.com')).toBe(true);
    expect(isHttpUrl('mailto:a@b.com')).toBe(false);
    expect(isHttpUrl('https://')).toBe(false);
    expect(isUsPhoneLoose('+1888-555-1212')).toBe(true);
    expect(isUsPhoneLoose('(614) 555-0100')).toBe(true);
    expect(isUsPhoneLoose('2888-555-1212')).toBe(false);
  });

  it('the PRNG is deterministic per seed and stays in [0, 1)', () => {
    const a = seededRandom(9);
    const b = seededRandom(9);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
