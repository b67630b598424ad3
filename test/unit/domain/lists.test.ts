import { describe, expect, it } from 'vitest';
import { isIsoCountryCode, isoCountryCodes } from '../../../src/shared/domain/country-codes';
import {
  locationLabels,
  partnerLabels,
  practiceFields,
  practiceLabels,
  userLabels,
} from '../../../src/shared/domain/labels';
import {
  DEFAULT_TIME_ZONE,
  isUpdoxTimeZone,
  timeZoneLabel,
  updoxTimeZones,
} from '../../../src/shared/domain/time-zones';
import {
  isUsStateCode,
  normalizeUsState,
  usStateCodes,
  usStates,
} from '../../../src/shared/domain/us-states';

describe('US states and territories', () => {
  it('has the 56 codes: 50 states, DC and five territories, each once', () => {
    expect(usStates).toHaveLength(56);
    expect(new Set(usStateCodes).size).toBe(56);
    for (const code of ['DC', 'AS', 'GU', 'MP', 'PR', 'VI', 'OH', 'WY'])
      expect(isUsStateCode(code)).toBe(true);
    for (const code of ['oh', 'XX', 'ON', 'FM', 'MH', 'PW', '']) expect(isUsStateCode(code)).toBe(false);
  });
  it('reads codes and names', () => {
    expect(normalizeUsState('new york')).toBe('NY');
    expect(normalizeUsState('  District of  Columbia ')).toBe('DC');
    expect(normalizeUsState('Atlantis')).toBe('Atlantis');
  });
});

describe('time zones', () => {
  it('are the nine Updox values, Zulu by default and shown as UTC (Zulu)', () => {
    expect(updoxTimeZones.map((z) => z.value).sort()).toEqual([
      'America/Anchorage',
      'America/Chicago',
      'America/Denver',
      'America/Los_Angeles',
      'America/New_York',
      'America/Phoenix',
      'America/Puerto_Rico',
      'Pacific/Honolulu',
      'Zulu',
    ]);
    expect(DEFAULT_TIME_ZONE).toBe('Zulu');
    expect(timeZoneLabel('Zulu')).toBe('UTC (Zulu)');
    expect(isUpdoxTimeZone('Europe/London')).toBe(false);
  });
});

describe('country codes', () => {
  it('are the 249 ISO 3166-1 alpha-2 codes', () => {
    expect(new Set(isoCountryCodes).size).toBe(249);
    expect(isIsoCountryCode('US')).toBe(true);
    expect(isIsoCountryCode('PR')).toBe(true);
    expect(isIsoCountryCode('UK')).toBe(false);
    expect(isIsoCountryCode('us')).toBe(false);
  });
});

describe('labels', () => {
  it('use the words of UX.md', () => {
    // In the practice field table's order, which is the wizard's (and Review's, the panel's, the diff's).
    expect(practiceFields.map((f) => practiceLabels[f])).toEqual([
      'Practice name',
      'Account ID',
      'Address line 1',
      'Address line 2',
      'City',
      'State',
      'ZIP code',
      'Country',
      'Phone',
      'Fax',
      'Time zone',
      'Portal web address',
      'Direct address',
      'Active',
      'Website URL',
      'Alternative website URL',
    ]);
    expect(locationLabels).toMatchObject({ name: 'Location name', code: 'Location code', zip: 'ZIP code' });
    expect(userLabels).toMatchObject({
      firstName: 'First name',
      lastName: 'Last name',
      userId: 'User ID',
      loginId: 'Login ID',
      password: 'Password',
      provider: 'Provider',
      admin: 'Administrator',
    });
    expect(partnerLabels).toMatchObject({
      name: 'Business name',
      legalName: 'Legal name',
      website: 'Website',
      contactFirstName: 'Contact first name',
      contactLastName: 'Contact last name',
      contactEmail: 'Contact email',
      contactPhone: 'Contact phone',
    });
  });
});
