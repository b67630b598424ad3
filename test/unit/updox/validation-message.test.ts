import { describe, expect, it } from 'vitest';
import { parseValidationMessage } from '../../../src/main/updox/validation-message';
import { locationWireFields } from '../../../src/main/updox/wire/location';

describe('parseValidationMessage', () => {
  it('keys each problem by the app field, in the app words', () => {
    const parsed = parseValidationMessage('name: is required; postal: must be 5 or 9 digits', {
      wireToApp: {},
      subject: 'practice',
    });
    expect(parsed?.fields).toEqual({
      name: 'Practice name is required',
      postal: 'ZIP code must be 5 or 9 digits',
    });
    expect(parsed?.message).toBe(
      'Updox did not accept the request: Practice name is required; ZIP code must be 5 or 9 digits. Fix these fields and try again.',
    );
  });

  it('maps location wire names (zip, dayphone) to app names', () => {
    const parsed = parseValidationMessage('zip: must be 5 or 9 digits; dayphone: must be 10 digits', {
      wireToApp: locationWireFields,
      subject: 'location',
    });
    expect(parsed?.fields).toEqual({
      zip: 'ZIP code must be 5 or 9 digits',
      phone: 'Phone must be 10 digits',
    });
  });

  it('gives up (undefined) on a message that is not a field list', () => {
    expect(
      parseValidationMessage('Validation failed for the request', { wireToApp: {}, subject: 'practice' }),
    ).toBe(undefined);
    expect(parseValidationMessage('', { wireToApp: {}, subject: 'practice' })).toBe(undefined);
  });
});
