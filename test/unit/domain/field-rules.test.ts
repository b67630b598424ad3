import { describe, expect, it } from 'vitest';
import { emailRule, directAddressRule, isEmailAddress } from '../../../src/shared/domain/field-rules/email';
import {
  accountIdRule,
  locationCodeRule,
  loginIdRule,
  suggestAccountId,
  userIdRule,
} from '../../../src/shared/domain/field-rules/identifiers';
import {
  formatUsPhone,
  maskPhone,
  normalizeUsPhone,
  usPhoneRule,
} from '../../../src/shared/domain/field-rules/phone';
import {
  countryCodeRule,
  normalizeCountryCode,
  usStateRule,
} from '../../../src/shared/domain/field-rules/region';
import {
  httpUrlRule,
  isHttpUrl,
  normalizeHttpUrl,
  normalizePortalAddress,
  portalAddressRule,
  portalPreviewUrl,
} from '../../../src/shared/domain/field-rules/web';
import { formatZip, normalizeZip, zipRule } from '../../../src/shared/domain/field-rules/zip';
import { freeTextRule, type FieldRule } from '../../../src/shared/domain/field-rules/field-rule';

/** What the rule makes of what a person typed: the stored value, or the message. */
const typed = (rule: FieldRule, raw: string): { value: string; problem: string | null } => {
  const value = rule.normalize(raw);
  return { value, problem: rule.problem(value) };
};

describe('ZIP code', () => {
  const rule = zipRule();
  it.each([
    ['43017', '43017'],
    ['430171234', '430171234'],
    ['43017-1234', '430171234'],
    [' 43017 1234 ', '430171234'],
  ])('accepts %j and stores %j', (raw, stored) => {
    expect(typed(rule, raw)).toEqual({ value: stored, problem: null });
  });
  it.each(['4301', '430172', '43017-123', '43O17', '43017--1234', '1234567890', 'abcde'])(
    'rejects %j',
    (raw) => {
      expect(typed(rule, raw).problem).toBe(
        'ZIP code must be 5 or 9 digits (for example 43017 or 43017-1234).',
      );
    },
  );
  it('is optional unless required, and names its label', () => {
    expect(typed(rule, '   ').problem).toBeNull();
    expect(typed(zipRule('ZIP code', true), '').problem).toBe('ZIP code is required.');
  });
  it('formats 9 digits with a hyphen for display', () => {
    expect(formatZip('430171234')).toBe('43017-1234');
    expect(formatZip('43017')).toBe('43017');
    expect(normalizeZip(normalizeZip('43017-1234'))).toBe('430171234');
  });
});

describe('US phone and fax', () => {
  const phone = usPhoneRule('Phone');
  it.each([
    '(406) 555-0120',
    '406.555.0120',
    '+1 406 555 0120',
    '406-555-0120',
    '4065550120',
    '1 (406) 555-0120',
  ])('accepts %j as 4065550120', (raw) => {
    expect(typed(phone, raw)).toEqual({ value: '4065550120', problem: null });
  });
  it.each([
    '406-555-012', // 9 digits
    '406-555-01200', // 11 digits not starting with 1
    '+44 20 7946 0958', // another country
    '+2 406 555 0120',
    '406-555-CALL',
    '(123) 555-0120', // area code cannot start with 1
    '(911) 555-0120', // N11 is not an area code
    '(200) 345-6789', // unassigned area code
  ])('rejects %j naming the field', (raw) => {
    expect(typed(phone, raw).problem).toBe(
      'Phone must be a 10-digit US number with a valid area code (for example (406) 555-0120).',
    );
  });
  it('uses the label it is given', () => {
    expect(typed(usPhoneRule('Fax'), '12').problem).toMatch(/^Fax must be a 10-digit US number/);
  });
  it('leaves what it cannot read trimmed, so normalizing twice changes nothing', () => {
    expect(normalizeUsPhone('  406-555-CALL ')).toBe('406-555-CALL');
    expect(normalizeUsPhone(normalizeUsPhone('+1 406 555 0120'))).toBe('4065550120');
  });
  it('formats and masks', () => {
    expect(formatUsPhone('4065550120')).toBe('(406) 555-0120');
    expect(formatUsPhone('14065550120')).toBe('(406) 555-0120');
    expect(formatUsPhone('12345')).toBe('12345');
    expect(maskPhone('4065550120')).toBe('•••-•••-0120');
    expect(maskPhone('(406) 555-0120')).toBe('•••-•••-0120');
    expect(maskPhone('')).toBe('');
    expect(maskPhone('4065550120')).not.toContain('406');
  });
});

describe('State', () => {
  const rule = usStateRule();
  it.each([
    ['OH', 'OH'],
    ['oh', 'OH'],
    [' Ohio ', 'OH'],
    ['puerto rico', 'PR'],
    ['DC', 'DC'],
    ['VI', 'VI'],
  ])('accepts %j as %j', (raw, stored) => {
    expect(typed(rule, raw)).toEqual({ value: stored, problem: null });
  });
  it.each(['XX', 'Ohi', 'ON', 'O H'])('rejects %j', (raw) => {
    expect(typed(rule, raw).problem).toBe(
      'State must be a US state or territory code (for example OH or PR).',
    );
  });
  it('in stored form is exact: lower case is rejected', () => {
    expect(rule.problem('oh')).not.toBeNull();
  });
});

describe('Country', () => {
  const rule = countryCodeRule();
  it('defaults blank to US and upper-cases', () => {
    expect(normalizeCountryCode('')).toBe('US');
    expect(typed(rule, ' ca ')).toEqual({ value: 'CA', problem: null });
  });
  it.each(['USA', 'ZZ', 'U', 'EU', '12'])('rejects %j', (raw) => {
    expect(typed(rule, raw).problem).toBe('Country must be a two-letter ISO country code (for example US).');
  });
  it('is required in stored form', () => {
    expect(rule.problem('')).toBe('Country is required.');
  });
});

describe('Portal web address', () => {
  const rule = portalAddressRule();
  it.each([
    ['sunrise', 'sunrise'],
    [' Sunrise-Pediatrics ', 'sunrise-pediatrics'],
    ['https://sunrise.myupdox.com/', 'sunrise'],
    ['a', 'a'],
    ['a'.repeat(63), 'a'.repeat(63)],
    ['clinic42', 'clinic42'],
  ])('accepts %j as %j', (raw, stored) => {
    expect(typed(rule, raw)).toEqual({ value: stored, problem: null });
  });
  it.each(['-sunrise', 'sunrise-', 'sun rise', 'sun_rise', 'sunrise.clinic', 'a'.repeat(64), 'café'])(
    'rejects %j',
    (raw) => {
      expect(typed(rule, raw).problem).toBe(
        'Portal web address must be 1 to 63 letters, digits or hyphens, not starting or ending with a hyphen (for example sunrise-pediatrics).',
      );
    },
  );
  it('previews the portal', () => {
    expect(portalPreviewUrl('sunrise')).toBe('https://sunrise.myupdox.com');
    expect(normalizePortalAddress('SUNRISE')).toBe('sunrise');
  });
});

describe('Website URL', () => {
  const rule = httpUrlRule('Website URL');
  it.each([
    ['https://mypractice.com', 'https://mypractice.com'],
    ['http://mypractice.com/about?x=1', 'http://mypractice.com/about?x=1'],
    [' HTTPS://MyPractice.com ', 'HTTPS://MyPractice.com'],
    ['mypractice.com', 'https://mypractice.com'],
    ['www.facebook.com/mypractice', 'https://www.facebook.com/mypractice'],
  ])('accepts %j as %j', (raw, stored) => {
    expect(typed(rule, raw)).toEqual({ value: stored, problem: null });
  });
  it.each([
    'ftp://mypractice.com',
    'https://mypractice',
    'https://',
    'mailto:a@b.com',
    'my practice.com',
    'https://a..b',
  ])('rejects %j', (raw) => {
    expect(typed(rule, raw).problem).toBe(
      'Website URL must be a web address starting with http:// or https:// (for example https://mypractice.com).',
    );
  });
  it('is exact in stored form', () => {
    expect(isHttpUrl(' https://a.com')).toBe(false);
    expect(isHttpUrl('http:a.com')).toBe(false);
    expect(isHttpUrl('https://a.com')).toBe(true);
    expect(normalizeHttpUrl('')).toBe('');
  });
});

describe('Email and Direct address', () => {
  it('accepts x@y.z and rejects the rest', () => {
    const rule = emailRule('Contact email');
    expect(typed(rule, ' jj@partnersite.com ')).toEqual({ value: 'jj@partnersite.com', problem: null });
    for (const bad of ['jj', 'jj@', 'jj@site', 'j j@site.com', 'a@b@c.com', '@site.com']) {
      expect(typed(rule, bad).problem).toBe(
        'Contact email must be an email address (for example name@example.com).',
      );
    }
    expect(isEmailAddress('x@y.z')).toBe(true);
  });
  it('Direct address looks like an email address', () => {
    const rule = directAddressRule();
    expect(typed(rule, 'drsmith@sunrise.direct.myupdox.com').problem).toBeNull();
    expect(typed(rule, 'drsmith').problem).toBe(
      'Direct address must look like an email address (for example drsmith@sunrise.direct.myupdox.com).',
    );
  });
});

describe('Account ID', () => {
  const rule = accountIdRule();
  it.each(['sunrise-pediatrics', 'clinic_042', 'A.B-C_9', 'x', 'a'.repeat(64)])('accepts %j', (raw) => {
    expect(typed(rule, raw).problem).toBeNull();
  });
  it.each(['sunrise pediatrics', 'a'.repeat(65), 'clinic#42', 'café'])('rejects %j', (raw) => {
    expect(typed(rule, raw).problem).toBe(
      'Account ID must be 1 to 64 letters, digits, hyphens, underscores or dots (for example sunrise-pediatrics).',
    );
  });
  it('is required', () => {
    expect(typed(rule, '  ').problem).toBe('Account ID is required.');
  });
  it.each([
    ['Sunrise Pediatrics', 'sunrise-pediatrics'],
    ["St. Mary's Clinic & Lab", 'st-marys-clinic-and-lab'],
    ['  Café Médical  ', 'cafe-medical'],
    ['***', ''],
    ['A'.repeat(70), 'a'.repeat(64)],
  ])('suggests an ID for %j: %j', (name, id) => {
    expect(suggestAccountId(name)).toBe(id);
  });
  it('suggests IDs the rule accepts and never ends with a hyphen after cutting', () => {
    const id = suggestAccountId(`${'a'.repeat(63)} b`);
    expect(id).toBe('a'.repeat(63));
    expect(rule.problem(suggestAccountId('Sunrise Pediatrics of Dublin, Ohio'))).toBeNull();
  });
});

describe('other identifiers and free text', () => {
  it('location code', () => {
    expect(locationCodeRule().problem('def')).toBeNull();
    expect(locationCodeRule().problem('north office')).toMatch(/^Location code must be 1 to 32 letters/);
    expect(locationCodeRule().problem('')).toBe('Location code is required.');
  });
  it('user ID: @ inside is fine, a leading @ is reserved', () => {
    expect(userIdRule().problem('jsmith@sunrise')).toBeNull();
    expect(userIdRule().problem('@jsmith')).toBe('User ID must not start with @: Updox reserves those IDs.');
    expect(userIdRule().problem('j smith')).toMatch(/^User ID must be 1 to 64/);
    expect(userIdRule().problem('')).toBe('User ID is required.');
  });
  it('login ID has no spaces', () => {
    expect(loginIdRule().problem('')).toBeNull();
    expect(loginIdRule().problem('j smith')).toMatch(/^Login ID must be 1 to 64 characters without spaces/);
  });
  it('free text: required means not blank; at most 200 characters', () => {
    const name = freeTextRule('Practice name', true);
    expect(typed(name, '  Sunrise  ')).toEqual({ value: 'Sunrise', problem: null });
    expect(name.problem('   ')).toBe('Practice name is required.');
    expect(name.problem('x'.repeat(201))).toBe('Practice name must be at most 200 characters.');
    expect(freeTextRule('Address line 2').problem('')).toBeNull();
  });
});
