import { describe, expect, it } from 'vitest';
import { checkWith } from '../../../src/shared/domain/field-problems';
import { emptyPractice, practiceFormSchema, practiceSchema } from '../../../src/shared/domain/practice';
import { formatPracticeValue } from '../../../src/shared/domain/practice-display';
import { practiceFields } from '../../../src/shared/domain/labels';
import { sunrise } from './fixtures';

describe('practiceSchema (stored record)', () => {
  it('parses a valid record to itself', () => {
    expect(practiceSchema.parse(sunrise)).toEqual(sunrise);
  });

  it('accepts the empty optional fields of a minimal record', () => {
    const minimal = { ...emptyPractice(), accountId: 'clinic-042', name: 'Clinic' };
    expect(practiceSchema.parse(minimal)).toEqual(minimal);
  });

  it('rejects human formats: the stored record holds digits', () => {
    const result = checkWith(practiceSchema, { ...sunrise, postal: '43017-1234', phone: '(406) 555-0120' });
    expect(result).toEqual({
      ok: false,
      problems: {
        postal: 'ZIP code must be 5 or 9 digits (for example 43017 or 43017-1234).',
        phone: 'Phone must be a 10-digit US number with a valid area code (for example (406) 555-0120).',
      },
    });
  });

  it('names every missing or wrongly typed field', () => {
    const result = checkWith(practiceSchema, { name: 42, active: 'yes' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.name).toBe('Practice name must be text.');
    expect(result.problems.active).toBe('Active must be yes or no.');
    expect(result.problems.timeZone).toBe(
      'Time zone must be one of the listed choices (for example America/New_York).',
    );
    expect(Object.keys(result.problems).sort()).toEqual([...practiceFields].sort());
  });

  it('requires a practice name and an account ID', () => {
    const result = checkWith(practiceSchema, emptyPractice());
    expect(result).toEqual({
      ok: false,
      problems: { accountId: 'Account ID is required.', name: 'Practice name is required.' },
    });
  });
});

describe('practiceFormSchema (as typed)', () => {
  it('turns human formats into the stored record', () => {
    const typed = {
      accountId: ' sunrise-pediatrics ',
      name: ' Sunrise Pediatrics ',
      address1: '123 Main Street',
      address2: 'Suite 6',
      city: 'Dublin',
      state: 'ohio',
      postal: '43017-1234',
      phone: '(406) 555-0120',
      fax: '+1 406 555 0121',
      timeZone: 'America/New_York',
      websiteAddress: 'Sunrise',
      directAddress: 'office@sunrise.direct.myupdox.com',
      websiteUrl: 'sunrisepeds.com',
      alternativeWebsiteUrl: 'https://facebook.com/sunrisepeds',
      countryCode: 'us',
      active: true,
    };
    expect(practiceFormSchema.parse(typed)).toEqual(sunrise);
  });

  it('fills absent fields: blank, time zone Zulu, country US, active', () => {
    expect(practiceFormSchema.parse({ accountId: 'c1', name: 'C' })).toEqual({
      ...emptyPractice(),
      accountId: 'c1',
      name: 'C',
    });
    expect(
      practiceFormSchema.parse({ accountId: 'c1', name: 'C', active: 'false', timeZone: ' ' }),
    ).toMatchObject({
      active: false,
      timeZone: 'Zulu',
    });
  });

  it('rejects with the UX message on the field', () => {
    expect(checkWith(practiceFormSchema, { ...sunrise, postal: '4301' })).toEqual({
      ok: false,
      problems: { postal: 'ZIP code must be 5 or 9 digits (for example 43017 or 43017-1234).' },
    });
  });
});

describe('emptyPractice', () => {
  it('is blank, active, Zulu, US', () => {
    const p = emptyPractice();
    expect(p).toMatchObject({ name: '', accountId: '', active: true, timeZone: 'Zulu', countryCode: 'US' });
    expect(Object.keys(p).sort()).toEqual([...practiceFields].sort());
    expect(emptyPractice()).not.toBe(p);
  });
});

describe('formatPracticeValue', () => {
  it('shows values in a person’s words', () => {
    expect(formatPracticeValue('phone', '4065550120')).toBe('(406) 555-0120');
    expect(formatPracticeValue('postal', '430171234')).toBe('43017-1234');
    expect(formatPracticeValue('timeZone', 'Zulu')).toBe('UTC (Zulu)');
    expect(formatPracticeValue('state', 'OH')).toBe('OH (Ohio)');
    expect(formatPracticeValue('active', false)).toBe('No');
    expect(formatPracticeValue('city', '')).toBe('(blank)');
  });
});
