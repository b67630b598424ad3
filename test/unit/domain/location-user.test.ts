import { describe, expect, it } from 'vitest';
import { checkWith } from '../../../src/shared/domain/field-problems';
import {
  DEFAULT_LOCATION_CODE,
  defaultLocation,
  emptyLocation,
  isDefaultLocation,
  locationFormSchema,
  locationSchema,
} from '../../../src/shared/domain/location';
import { emptyUser, newUserSchema, userFormSchema, userSchema } from '../../../src/shared/domain/user';

describe('location', () => {
  const columbus = {
    ...emptyLocation(),
    externalId: 'loc-columbus',
    code: 'columbus',
    name: 'Columbus',
    address1: '1 Broad St',
    city: 'Columbus',
    state: 'OH',
    zip: '43215',
    phone: '6145550100',
    email: 'front@sunrise.example',
    showInPortal: true,
  };

  it('parses a valid location to itself', () => {
    expect(locationSchema.parse(columbus)).toEqual(columbus);
  });

  it('takes the practice field rules, as typed', () => {
    const parsed = locationFormSchema.parse({
      externalId: 'loc-columbus',
      code: 'columbus',
      name: 'Columbus',
      address1: '1 Broad St',
      city: 'Columbus',
      state: 'oh',
      zip: '43215',
      phone: '(614) 555-0100',
      email: ' front@sunrise.example ',
      showInPortal: 'true',
    });
    expect(parsed).toEqual(columbus);
  });

  it('names the field and rule when wrong', () => {
    expect(checkWith(locationFormSchema, { code: 'north office', name: '', zip: '123', email: 'x' })).toEqual(
      {
        ok: false,
        problems: {
          code: 'Location code must be 1 to 32 letters, digits, hyphens or underscores (for example def or north-office).',
          name: 'Location name is required.',
          zip: 'ZIP code must be 5 or 9 digits (for example 43017 or 43017-1234).',
          email: 'Email must be an email address (for example name@example.com).',
        },
      },
    );
  });

  it('knows the Default Location', () => {
    const def = defaultLocation();
    expect(def).toMatchObject({ code: 'def', name: 'Default Location', active: true });
    expect(locationSchema.parse(def)).toEqual(def);
    expect(isDefaultLocation(def)).toBe(true);
    expect(isDefaultLocation(columbus)).toBe(false);
    expect(DEFAULT_LOCATION_CODE).toBe('def');
  });
});

describe('user', () => {
  const jane = {
    ...emptyUser(),
    userId: 'jdoe',
    loginId: 'jdoe@sunrise',
    password: 'Sunrise1!',
    firstName: 'Jane',
    lastName: 'Doe',
    provider: true,
  };

  it('parses a valid user to itself; password optional on update', () => {
    expect(userSchema.parse(jane)).toEqual(jane);
    expect(userSchema.parse({ ...jane, password: '' })).toMatchObject({ password: '' });
  });

  it('requires first and last name and a user ID', () => {
    expect(checkWith(userFormSchema, {})).toEqual({
      ok: false,
      problems: {
        userId: 'User ID is required.',
        firstName: 'First name is required.',
        lastName: 'Last name is required.',
      },
    });
  });

  it('applies the password policy with its message', () => {
    expect(checkWith(userSchema, { ...jane, password: 'sunrise' })).toEqual({
      ok: false,
      problems: {
        password:
          'Password must be 8 to 30 characters long (it has 7) and include an upper-case letter and a number or special character.',
      },
    });
  });

  it('creates a user without a web login (Login ID and Password both empty); a login needs both', () => {
    expect(checkWith(newUserSchema, { ...jane, loginId: '', password: '' }).ok).toBe(true);
    expect(checkWith(newUserSchema, { ...jane, loginId: 'jane', password: 'Sunrise-2024' }).ok).toBe(true);
    expect(checkWith(newUserSchema, { ...jane, loginId: 'jane', password: '' })).toEqual({
      ok: false,
      problems: {
        password:
          'Password is required with a Login ID (together they are the web login). Leave both empty for a user without a web login.',
      },
    });
    expect(checkWith(newUserSchema, { ...jane, loginId: '', password: 'Sunrise-2024' })).toEqual({
      ok: false,
      problems: {
        loginId:
          'Login ID is required with a Password (together they are the web login). Leave both empty for a user without a web login.',
      },
    });
  });

  it('defaults the flags as typed: not provider, not administrator, active', () => {
    expect(userFormSchema.parse({ userId: 'u1', firstName: 'A', lastName: 'B' })).toEqual({
      ...emptyUser(),
      userId: 'u1',
      firstName: 'A',
      lastName: 'B',
    });
    expect(checkWith(userSchema, { ...jane, admin: 'maybe' })).toEqual({
      ok: false,
      problems: { admin: 'Administrator must be yes or no.' },
    });
  });
});
