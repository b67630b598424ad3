import { describe, expect, it } from 'vitest';
import { computeSmsReadiness, readinessSummary } from '../../../src/shared/domain/sms-readiness';
import { emptyPractice } from '../../../src/shared/domain/practice';
import { partner, sunrise } from './fixtures';

const item = (r: ReturnType<typeof computeSmsReadiness>, key: string) => r.items.find((i) => i.key === key);
const warningKeys = (r: ReturnType<typeof computeSmsReadiness>) => r.warnings.map((w) => w.key);

describe('computeSmsReadiness', () => {
  it('is complete for a full account and partner, in Updox order, with no warnings', () => {
    const r = computeSmsReadiness(sunrise, partner);
    expect(r.complete).toBe(true);
    expect(r.items.map((i) => [i.key, i.source, i.status])).toEqual([
      ['name', 'account', 'ok'],
      ['address1', 'account', 'ok'],
      ['address2', 'account', 'ok'],
      ['city', 'account', 'ok'],
      ['state', 'account', 'ok'],
      ['countryCode', 'account', 'ok'],
      ['postal', 'account', 'ok'],
      ['website', 'account', 'ok'],
      ['contactFirstName', 'partner', 'ok'],
      ['contactLastName', 'partner', 'ok'],
      ['contactEmail', 'partner', 'ok'],
      ['contactPhone', 'partner', 'ok'],
    ]);
    expect(r.missing).toEqual([]);
    expect(r.problems).toEqual([]);
    expect(r.inherited).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(item(r, 'name')).toMatchObject({ label: 'Practice name', value: 'Sunrise Pediatrics' });
    expect(item(r, 'name')?.fixField).toBeUndefined();
    expect(readinessSummary(r)).toBe('SMS business details: Complete');
  });

  it('lists address2 only when present, and never requires it', () => {
    const r = computeSmsReadiness({ ...sunrise, address2: '  ' }, partner);
    expect(item(r, 'address2')).toBeUndefined();
    expect(r.complete).toBe(true);
  });

  it.each([
    ['name', 'Practice name', 'Practice name is required: Updox uses it as the business name.'],
    ['address1', 'Address line 1', 'Address line 1 is required.'],
    ['city', 'City', 'City is required.'],
    ['state', 'State', 'State must be a US state or territory code (for example OH or PR).'],
    ['postal', 'ZIP code', 'ZIP code must be 5 or 9 digits (for example 43017 or 43017-1234).'],
  ])('an account without %s is missing it', (key, label, rule) => {
    const r = computeSmsReadiness({ ...sunrise, [key]: '   ' }, partner);
    expect(r.complete).toBe(false);
    expect(r.missing).toEqual([
      {
        key,
        label,
        source: 'account',
        status: 'missing',
        value: '   ',
        rule,
        fixField: key,
        fixSource: 'account',
      },
    ]);
    expect(readinessSummary(r)).toBe('SMS business details: Incomplete (1)');
  });

  it.each([
    ['state', 'oh'],
    ['state', 'XX'],
    ['state', ' OH'],
    ['postal', '43017-1234'],
    ['postal', '4301'],
    ['countryCode', 'CA'],
    ['countryCode', 'USA'],
  ])('an account with %s %j has a problem', (key, value) => {
    const r = computeSmsReadiness({ ...sunrise, [key]: value }, partner);
    expect(r.complete).toBe(false);
    expect(r.problems.map((i) => [i.key, i.status, i.value, i.fixField])).toEqual([
      [key, 'invalid', value, key],
    ]);
  });

  it('takes the country as US when blank or absent, in any case', () => {
    for (const countryCode of ['', null, undefined, 'us', 'Us']) {
      const r = computeSmsReadiness({ ...sunrise, countryCode }, partner);
      expect(r.complete).toBe(true);
    }
    expect(item(computeSmsReadiness({ ...sunrise, countryCode: '' }, partner), 'countryCode')?.value).toBe(
      'US',
    );
    expect(item(computeSmsReadiness(sunrise, partner), 'countryCode')?.rule).toBe(
      'Country must be US: Updox verifies SMS numbers in the US and its territories only.',
    );
  });

  describe('website', () => {
    it('inherits a valid partner website when the account has none, still complete, with a warning', () => {
      const r = computeSmsReadiness({ ...sunrise, websiteUrl: '' }, partner);
      expect(r.complete).toBe(true);
      expect(r.inherited).toEqual([
        expect.objectContaining({
          key: 'website',
          source: 'partner',
          status: 'inherited',
          value: partner.website,
          fixField: 'websiteUrl',
          fixSource: 'account',
        }),
      ]);
      expect(r.warnings[0]).toEqual({
        key: 'website-inherited',
        message: `Website URL is blank, so the website falls back to the partner's (${partner.website}): higher SMS rejection rates. Add the practice's own Website URL.`,
        fixField: 'websiteUrl',
        fixSource: 'account',
      });
      expect(readinessSummary(r)).toBe('SMS business details: Complete');
    });

    it('inherits when the account website is invalid, and says so', () => {
      const r = computeSmsReadiness({ ...sunrise, websiteUrl: 'sunrise peds' }, partner);
      expect(r.complete).toBe(true);
      expect(item(r, 'website')?.status).toBe('inherited');
      expect(r.warnings[0]?.message).toMatch(
        /^Website URL "sunrise peds" is not a valid web address, so the website falls back to the partner's/,
      );
    });

    it('is missing when neither has one, invalid when the account one is wrong and the partner cannot help', () => {
      const none = computeSmsReadiness({ ...sunrise, websiteUrl: '' }, { ...partner, website: '' });
      expect(item(none, 'website')).toMatchObject({
        status: 'missing',
        source: 'account',
        fixField: 'websiteUrl',
      });
      expect(none.complete).toBe(false);
      const bad = computeSmsReadiness(
        { ...sunrise, websiteUrl: 'ftp://x.com' },
        { ...partner, website: 'partner' },
      );
      expect(item(bad, 'website')).toMatchObject({ status: 'invalid', value: 'ftp://x.com' });
      expect(bad.complete).toBe(false);
      const noPartner = computeSmsReadiness({ ...sunrise, websiteUrl: null }, null);
      expect(item(noPartner, 'website')?.status).toBe('missing');
    });

    it('prefers the account website over the partner one', () => {
      const r = computeSmsReadiness(sunrise, { ...partner, website: 'https://other.com' });
      expect(item(r, 'website')).toMatchObject({
        status: 'ok',
        source: 'account',
        value: sunrise.websiteUrl,
      });
    });

    it('warns on http, social profiles and link shorteners (on whichever website is used)', () => {
      expect(
        warningKeys(computeSmsReadiness({ ...sunrise, websiteUrl: 'http://sunrisepeds.com' }, partner)),
      ).toEqual(['website-not-https']);
      const social = computeSmsReadiness(
        { ...sunrise, websiteUrl: 'https://www.facebook.com/sunrise' },
        partner,
      );
      expect(warningKeys(social)).toEqual(['website-social-profile']);
      expect(social.complete).toBe(true);
      expect(
        warningKeys(computeSmsReadiness({ ...sunrise, websiteUrl: 'https://instagram.com/s' }, partner)),
      ).toEqual(['website-social-profile']);
      for (const url of ['https://bit.ly/abc', 'https://linktr.ee/sunrise', 'https://tinyurl.com/x']) {
        expect(warningKeys(computeSmsReadiness({ ...sunrise, websiteUrl: url }, partner))).toEqual([
          'website-link-shortener',
        ]);
      }
      const inheritedHttp = computeSmsReadiness(
        { ...sunrise, websiteUrl: '' },
        { ...partner, website: 'http://linktr.ee/partner' },
      );
      expect(warningKeys(inheritedHttp)).toEqual([
        'website-inherited',
        'website-not-https',
        'website-link-shortener',
      ]);
      expect(inheritedHttp.warnings[1]).toMatchObject({ fixField: 'website', fixSource: 'partner' });
      expect(
        warningKeys(computeSmsReadiness({ ...sunrise, websiteUrl: 'https://notfacebook.com' }, partner)),
      ).toEqual([]);
    });
  });

  describe('partner contact', () => {
    it('is all missing without partner details', () => {
      const r = computeSmsReadiness(sunrise, null);
      expect(r.missing.map((i) => [i.key, i.source, i.fixField, i.fixSource])).toEqual([
        ['contactFirstName', 'partner', 'contactFirstName', 'partner'],
        ['contactLastName', 'partner', 'contactLastName', 'partner'],
        ['contactEmail', 'partner', 'contactEmail', 'partner'],
        ['contactPhone', 'partner', 'contactPhone', 'partner'],
      ]);
      expect(r.missing[0]?.rule).toBe("Contact first name is required in the partner's Business details.");
      expect(readinessSummary(r)).toBe('SMS business details: Incomplete (4)');
    });

    it.each([
      ['contactEmail', 'john', false],
      ['contactEmail', 'john@partner', false],
      ['contactEmail', 'x@y.z', true],
      ['contactPhone', '+1888-555-1212', true],
      ['contactPhone', '(888) 555-1212', true],
      ['contactPhone', '18885551212', true],
      ['contactPhone', '555-1212', false],
      ['contactPhone', '28885551212', false],
      ['contactPhone', '1234567890', true],
      ['contactFirstName', ' ', false],
      ['contactLastName', '', false],
    ])('%s %j -> complete %s', (key, value, complete) => {
      expect(computeSmsReadiness(sunrise, { ...partner, [key]: value }).complete).toBe(complete);
    });

    it('tells missing from invalid', () => {
      const r = computeSmsReadiness(sunrise, { ...partner, contactEmail: '', contactPhone: '555' });
      expect(r.missing.map((i) => i.key)).toEqual(['contactEmail']);
      expect(r.problems.map((i) => i.key)).toEqual(['contactPhone']);
      expect(r.problems[0]?.rule).toBe('Contact phone must be 10 digits (for example (888) 555-1212).');
      expect(readinessSummary(r)).toBe('SMS business details: Incomplete (2)');
    });
  });

  it('explains an account with no physical address (un-versioned methods)', () => {
    const bare = {
      ...emptyPractice(),
      accountId: 'old',
      name: 'Old Clinic',
      websiteUrl: 'https://old.example.com',
    };
    const r = computeSmsReadiness(bare, partner);
    expect(r.complete).toBe(false);
    expect(r.missing.map((i) => i.key)).toEqual(['address1', 'city', 'state', 'postal']);
    expect(r.warnings).toContainEqual(
      expect.objectContaining({ key: 'no-physical-address', fixField: 'address1', fixSource: 'account' }),
    );
    expect(warningKeys(computeSmsReadiness(sunrise, partner))).not.toContain('no-physical-address');
  });

  it('accepts anything shaped like an account, with null or absent fields', () => {
    const r = computeSmsReadiness({ name: null }, null);
    expect(r.complete).toBe(false);
    expect(r.items.every((i) => typeof i.value === 'string')).toBe(true);
    expect(readinessSummary(r)).toBe(
      `SMS business details: Incomplete (${r.missing.length + r.problems.length})`,
    );
  });
});
