import { describe, expect, it } from 'vitest';
import type { SmsLocationNumber } from '../../../src/shared/contract/sms';
import {
  ageWords,
  numberWords,
  pickerOrder,
  statusLabels,
  preferredLocation,
} from '../../../src/renderer/screens/sms/number-words';
import { fillTemplate, insertTemplate } from '../../../src/renderer/screens/sms/fill-template';

const row = (
  locationName: string,
  status: SmsLocationNumber['status'],
  extra: Partial<SmsLocationNumber> = {},
) =>
  ({
    locationId: locationName.length,
    locationName,
    locationCode: '',
    isDefault: false,
    number: status === 'none' || status === 'number-pending' ? null : '8885550100',
    numberType: status === 'none' ? null : 'toll-free',
    status,
    statusDate: null,
    ageMs: status === 'none' ? null : 0,
    stale: false,
    timeline: [],
    ...extra,
  }) satisfies SmsLocationNumber;

describe('the Send From picker', () => {
  it('orders the Default Location first, then approved, pending (oldest first), rejected, no number', () => {
    const rows = [
      row('Powell', 'none'),
      row('Zanesville', 'rejected'),
      row('Columbus', 'pending', { ageMs: 1_000 }),
      row('Akron', 'number-pending', { ageMs: 9_000 }),
      row('Dayton', 'approved'),
      row('Default Location', 'pending', { isDefault: true }),
    ];
    expect(pickerOrder(rows).map((r) => r.locationName)).toEqual([
      'Default Location',
      'Dayton',
      'Akron',
      'Columbus',
      'Zanesville',
      'Powell',
    ]);
  });

  it('preselects an approved location, else one where the first text requests a number', () => {
    expect(preferredLocation([row('Powell', 'none'), row('Dayton', 'approved')])?.locationName).toBe(
      'Dayton',
    );
    expect(preferredLocation([row('Columbus', 'pending'), row('Powell', 'none')])?.locationName).toBe(
      'Powell',
    );
    expect(preferredLocation([row('Columbus', 'pending')])).toBeUndefined();
  });

  it("speaks Updox's words, one status per location", () => {
    // The status is the badge's alone: the number column says nothing until there is a number.
    expect(numberWords(row('A', 'number-pending'))).toBe('');
    expect(numberWords(row('A', 'none'))).toBe('');
    expect(statusLabels['number-pending']).toBe('Number Pending');
    expect(statusLabels.pending).toBe('SMS Pending');
    expect(new Set(Object.values(statusLabels)).size).toBe(Object.keys(statusLabels).length);
    expect(numberWords(row('A', 'approved'))).toBe('(888) 555-0100');
    expect(ageWords(row('A', 'pending', { ageMs: 3 * 86_400_000 + 5 }))).toBe('pending for 3 days');
    expect(ageWords(row('A', 'none'))).toBe('');
  });
});

describe('templates', () => {
  it('fills known fields, leaves unknown ones visible, and never overwrites typed text', () => {
    const fields = { practiceName: 'Sunrise', locationName: 'Powell', practicePhone: '(614) 555-0100' };
    expect(fillTemplate('{practiceName} at {locationName}: {practicePhone} {patient}', fields)).toBe(
      'Sunrise at Powell: (614) 555-0100 {patient}',
    );
    expect(insertTemplate('', 'T')).toBe('T');
    expect(insertTemplate('Hi  \n', 'T')).toBe('Hi\n\nT');
  });
});
