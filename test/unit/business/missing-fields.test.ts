import { describe, expect, it } from 'vitest';
import type { ReadinessAccount } from '../../../src/shared/contract/business';
import {
  emptyBusinessDetails,
  type PartnerBusinessDetails,
} from '../../../src/shared/domain/business-details';
import { computeSmsReadiness } from '../../../src/shared/domain/sms-readiness';
import {
  checkMissingForm,
  formLabel,
  isOptionalField,
  missingFormFields,
  missingFormTitle,
} from '../../../src/renderer/screens/business/missing-fields';
import { websitePreflight } from '../../../src/renderer/screens/business/website-preflight';

const bare: ReadinessAccount = {
  accountId: 'old',
  name: 'Old Clinic',
  address1: '',
  address2: '',
  city: '',
  state: '',
  postal: '',
  countryCode: 'US',
  websiteUrl: '',
};
const partner: PartnerBusinessDetails = {
  ...emptyBusinessDetails(),
  name: 'Acme',
  contactFirstName: 'Jane',
  contactLastName: 'Smith',
  contactEmail: 'jane@acme.example.com',
  contactPhone: '6145550142',
};
const fieldsOf = (a: ReadinessAccount, p: PartnerBusinessDetails | null) =>
  missingFormFields(computeSmsReadiness(a, p), a, p);

describe('missingFormFields', () => {
  it('lists only the missing account fields, with their rules', () => {
    const fields = fieldsOf(bare, partner);
    expect(fields.map((f) => `${f.source}.${f.field}`)).toEqual([
      'account.address1',
      'account.city',
      'account.state',
      'account.postal',
      'account.websiteUrl',
    ]);
    expect(fields[3]).toMatchObject({
      label: 'ZIP code',
      rule: expect.stringMatching(/^ZIP code must be 5 or 9/),
    });
  });

  it('prefills invalid values, and offers an inherited website as an optional field', () => {
    const a = { ...bare, address1: '1 Main', city: 'Dublin', state: 'oh', postal: '4301', countryCode: 'CA' };
    const fields = fieldsOf(a, { ...partner, website: 'https://acme.example.com' });
    expect(fields.map((f) => [f.field, f.initial, isOptionalField(f)])).toEqual([
      ['state', 'oh', false],
      ['countryCode', 'CA', false],
      ['postal', '4301', false],
      ['websiteUrl', '', true],
    ]);
    expect(fields.map(formLabel)).toEqual(['State', 'Country', 'ZIP code', 'Website URL (optional)']);
    expect(fields[3]!.rule).toMatch(/^Optional\. /);
    expect(missingFormTitle(fields)).toBe('Missing or invalid details');
    expect(missingFormTitle(fields.slice(3))).toBe("The practice's own website");
  });

  it('asks for the partner contact, and a Business name when the partner has none', () => {
    const full = {
      ...bare,
      address1: '1 Main',
      city: 'Dublin',
      state: 'OH',
      postal: '43017',
      websiteUrl: 'https://x.com',
    };
    expect(fieldsOf(full, null).map((f) => f.field)).toEqual([
      'name',
      'contactFirstName',
      'contactLastName',
      'contactEmail',
      'contactPhone',
    ]);
    const fields = fieldsOf(full, { ...partner, contactPhone: '555' });
    expect(fields.map((f) => [f.source, f.field, f.initial])).toEqual([['partner', 'contactPhone', '555']]);
    expect(fieldsOf(full, partner)).toEqual([]);
  });
});

describe('checkMissingForm', () => {
  const fields = fieldsOf(bare, partner);
  it('names every field still breaking a rule (form rule first, then readiness)', () => {
    const r = checkMissingForm(fields, { 'account.postal': '123', 'account.state': 'XX' }, bare, partner);
    expect(r.errors).toEqual({
      'account.address1': 'Address line 1 is required.',
      'account.city': 'City is required.',
      'account.state': 'State must be a US state or territory code (for example OH or PR).',
      'account.postal': 'ZIP code must be 5 or 9 digits (for example 43017 or 43017-1234).',
      'account.websiteUrl': expect.stringMatching(/^Website URL must be a web address/),
    });
    expect(r.readiness.complete).toBe(false);
  });

  it('normalizes what was typed and is complete when every field is good', () => {
    const r = checkMissingForm(
      fields,
      {
        'account.address1': ' 12 Elm St ',
        'account.city': 'Dublin',
        'account.state': 'oh',
        'account.postal': '43017-1234',
        'account.websiteUrl': 'oldclinic.com',
      },
      bare,
      partner,
    );
    expect(r.errors).toEqual({});
    expect(r.account).toEqual({
      address1: '12 Elm St',
      city: 'Dublin',
      state: 'OH',
      postal: '430171234',
      websiteUrl: 'https://oldclinic.com',
    });
    expect(r.readiness.complete).toBe(true);
  });

  it('requires the partner Business name on a first save of partner details', () => {
    const full = {
      ...bare,
      address1: '1 Main',
      city: 'Dublin',
      state: 'OH',
      postal: '43017',
      websiteUrl: 'https://x.com',
    };
    const pf = fieldsOf(full, null);
    const values = {
      'partner.contactFirstName': 'Jane',
      'partner.contactLastName': 'Smith',
      'partner.contactEmail': 'jane@acme.example.com',
      'partner.contactPhone': '614 555 0142',
    };
    expect(checkMissingForm(pf, values, full, null).errors).toEqual({
      'partner.name': expect.stringMatching(/^Business name is required/),
    });
    const ok = checkMissingForm(pf, { ...values, 'partner.name': 'Acme' }, full, null);
    expect(ok.errors).toEqual({});
    expect(ok.partner.contactPhone).toBe('6145550142');
    expect(ok.readiness.complete).toBe(true);
  });
});

describe('websitePreflight', () => {
  it('refuses a malformed address and completes a bare domain with https', () => {
    expect(websitePreflight('Website URL', 'not a site', null).error).toMatch(
      /^Website URL must be a web address/,
    );
    expect(websitePreflight('Website URL', 'ftp://x.com', null).error).not.toBeNull();
    expect(websitePreflight('Website URL', 'oldclinic.com', null)).toEqual({
      url: 'https://oldclinic.com',
      error: null,
      warnings: [],
    });
  });

  it('warns on http, social profiles, link shorteners and the partner fallback, never blocking', () => {
    const warn = (url: string, partnerSite: string | null = null) =>
      websitePreflight('Website URL', url, partnerSite).warnings.map((w) =>
        w.split(' ').slice(2, 5).join(' '),
      );
    expect(warn('http://oldclinic.com')).toEqual(['uses http, not']);
    expect(warn('https://www.facebook.com/old')).toEqual(['is a social-media']);
    expect(warn('https://bit.ly/x')).toEqual(['is a shortened']);
    expect(warn('https://acme.example.com/', 'https://acme.example.com')).toEqual(["is the partner's"]);
    expect(warn('https://oldclinic.com', 'https://acme.example.com')).toEqual([]);
  });
});
