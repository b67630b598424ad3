import { describe, expect, it } from 'vitest';
import type { ReadinessAccount } from '../../../src/shared/contract/business';
import {
  emptyBusinessDetails,
  type PartnerBusinessDetails,
} from '../../../src/shared/domain/business-details';
import { computeSmsReadiness } from '../../../src/shared/domain/sms-readiness';
import { usStates } from '../../../src/shared/domain/us-states';
import { checkFieldsTitle } from '../../../src/renderer/screens/business/ErrorSummary';
import {
  checkMissingForm,
  hasChanges,
  inheritedWebsiteWarning,
  missingFormFields,
  missingFormProblems,
  missingInputId,
} from '../../../src/renderer/screens/business/missing-fields';
import {
  partnerFormGroups,
  partnerFormProblems,
  partnerInputId,
} from '../../../src/renderer/screens/business/partner-form-fields';
import { checklistLabel, smsDetailsFixLabel } from '../../../src/renderer/screens/business/sms-details-words';
import {
  shownState,
  stateOptions,
  stateOptionsFor,
} from '../../../src/renderer/components/form/state-options';
import { partnerDetailsFields } from '../../../src/shared/domain/fields/partner-fields';

const partner: PartnerBusinessDetails = {
  ...emptyBusinessDetails(),
  name: 'Acme',
  website: 'https://acme.example.com',
  contactFirstName: 'Jane',
  contactLastName: 'Smith',
  contactEmail: 'jane@acme.example.com',
  contactPhone: '6145550142',
};
const complete: ReadinessAccount = {
  accountId: 'sunrise',
  name: 'Sunrise',
  address1: '1 Main St',
  address2: '',
  city: 'Dublin',
  state: 'OH',
  postal: '43017',
  countryCode: 'US',
  websiteUrl: '',
};
const bare: ReadinessAccount = { ...complete, address1: '', city: '', state: '', postal: '' };

describe('the optional website when it is inherited from the partner', () => {
  const readiness = computeSmsReadiness(complete, partner);
  const fields = missingFormFields(readiness, complete, partner);

  it('is offered although nothing is missing, and the account page links to it as "Complete…"', () => {
    expect(readiness.complete).toBe(true);
    expect(fields.map((f) => `${f.source}.${f.field}`)).toEqual(['account.websiteUrl']);
    expect(smsDetailsFixLabel(readiness)).toBe('Complete SMS business details');
    expect(inheritedWebsiteWarning(partner.website)).toMatch(/acme\.example\.com.*reject.*more often/);
  });

  it('left blank, sends nothing and is not an error; typed, it is checked and sent', () => {
    const blank = checkMissingForm(fields, { 'account.websiteUrl': '  ' }, complete, partner);
    expect(blank.errors).toEqual({});
    expect(hasChanges(blank)).toBe(false);
    const typed = checkMissingForm(
      fields,
      { 'account.websiteUrl': 'sunrise.example.com' },
      complete,
      partner,
    );
    expect(typed.account).toEqual({ websiteUrl: 'https://sunrise.example.com' });
    expect(typed.readiness.inherited).toEqual([]);
    const bad = checkMissingForm(fields, { 'account.websiteUrl': 'not a site' }, complete, partner);
    expect(bad.errors['account.websiteUrl']).toMatch(/^Website URL must be a web address/);
  });

  it('an own website that is not valid is prefilled, and clearing it is sent', () => {
    const a = { ...complete, websiteUrl: 'sunrise dot com' };
    const f = missingFormFields(computeSmsReadiness(a, partner), a, partner);
    expect(f.map((x) => [x.field, x.initial])).toEqual([['websiteUrl', 'sunrise dot com']]);
    expect(checkMissingForm(f, { 'account.websiteUrl': '' }, a, partner).account).toEqual({ websiteUrl: '' });
  });
});

describe('the words', () => {
  it('one link name per state of the checklist', () => {
    expect(smsDetailsFixLabel(computeSmsReadiness(bare, partner))).toBe('Fix SMS business details');
    const own = { ...complete, websiteUrl: 'https://sunrise.example.com' };
    expect(smsDetailsFixLabel(computeSmsReadiness(own, partner))).toBeNull();
  });

  it('labels an inherited value as the partner’s, others as they are', () => {
    const items = computeSmsReadiness(complete, partner).items;
    expect(checklistLabel(items.find((i) => i.key === 'website')!)).toBe("Website URL (using the partner's)");
    expect(checklistLabel(items.find((i) => i.key === 'city')!)).toBe('City');
  });

  it('explains an account without an address without Updox method names', () => {
    const noAddress = computeSmsReadiness({ ...bare, websiteUrl: 'https://x.example.com' }, partner);
    const shown = noAddress.warnings.map((w) => w.message);
    expect(shown).toContain(
      "This practice has no street address in Updox, so SMS can't be used until one is added: Address line 1, City, State and ZIP code.",
    );
    expect(shown.join(' ')).not.toMatch(/PracticeCreate|PracticeSave|un-versioned/);
  });

  it('"Check 1 field", "Check 5 fields"', () => {
    expect(checkFieldsTitle(1)).toBe('Check 1 field');
    expect(checkFieldsTitle(5)).toBe('Check 5 fields');
  });
});

describe('the error summaries list every problem, in form order, each pointing at its input', () => {
  it('Missing business info', () => {
    const fields = missingFormFields(computeSmsReadiness(bare, partner), bare, partner);
    const outcome = checkMissingForm(fields, { 'account.postal': '123' }, bare, partner);
    const problems = missingFormProblems(fields, (f) => outcome.errors[`${f.source}.${f.field}`]);
    expect(problems.map((p) => [p.id, p.message.split(' ').slice(0, 2).join(' ')])).toEqual([
      ['missing-account-address1', 'Address line'],
      ['missing-account-city', 'City is'],
      ['missing-account-state', 'State must'],
      ['missing-account-postal', 'ZIP code'],
    ]);
    expect(new Set(problems.map((p) => p.id)).size).toBe(problems.length);
    expect(missingInputId(fields[0]!)).toBe('missing-account-address1');
  });

  it('Business details (form check or the app’s answer, with or without "details.")', () => {
    const problems = partnerFormProblems({
      'details.contactPhone': 'Contact phone must be 10 digits.',
      name: 'Business name is required.',
      contactEmail: 'Contact email must be an email address.',
    });
    expect(problems.map((p) => p.id)).toEqual([
      partnerInputId('name'),
      partnerInputId('contactEmail'),
      partnerInputId('contactPhone'),
    ]);
  });
});

describe('the state picker', () => {
  it('offers all 56 codes Updox accepts, with their names', () => {
    expect(stateOptions).toHaveLength(56);
    expect(stateOptions.map((o) => o.value)).toEqual(usStates.map((s) => s.code));
    expect(stateOptions.find((o) => o.value === 'PR')?.label).toBe('Puerto Rico (PR)');
  });

  it('selects a code typed in another case or a name, and keeps any other stored value visible', () => {
    expect(shownState('oh')).toBe('OH');
    expect(shownState('Ohio')).toBe('OH');
    expect(stateOptionsFor('oh')).toBe(stateOptions);
    const kept = stateOptionsFor('Ontario');
    expect(kept[0]).toEqual({ value: 'Ontario', label: 'Ontario (not a US state or territory)' });
    expect(kept).toHaveLength(57);
  });
});

describe('the Business details form', () => {
  it('shows every field of the partner field table exactly once', () => {
    const shown = partnerFormGroups.flatMap((g) => g.fields);
    expect([...shown].sort()).toEqual([...partnerDetailsFields].sort());
  });
});
