import { describe, expect, it } from 'vitest';
import {
  businessDetailsFormSchema,
  businessDetailsSchema,
  emptyBusinessDetails,
} from '../../../src/shared/domain/business-details';
import { checkWith } from '../../../src/shared/domain/field-problems';
import { partner } from './fixtures';

describe('partner business details', () => {
  it('parses valid details to themselves, with or without updatedAt', () => {
    expect(businessDetailsSchema.parse(partner)).toEqual(partner);
    const { updatedAt: _ignored, ...withoutDate } = partner;
    expect(businessDetailsSchema.parse(withoutDate)).toEqual(withoutDate);
  });

  it('reads the Partner Portal screenshot as typed', () => {
    const parsed = businessDetailsFormSchema.parse({
      ...partner,
      website: 'https://partnerehrpage.usedbyclient.com',
      contactPhone: '+1888-555-1212',
      state: 'al',
      countryCode: '',
    });
    expect(parsed).toEqual(partner);
  });

  it('checks email, phone, URL and the required contact, naming each field', () => {
    const result = checkWith(businessDetailsFormSchema, {
      ...emptyBusinessDetails(),
      website: 'partner site',
      contactEmail: 'john',
      contactPhone: '555-1212',
      updatedAt: 'yesterday',
    });
    expect(result).toEqual({
      ok: false,
      problems: {
        name: 'Business name is required.',
        website:
          'Website must be a web address starting with http:// or https:// (for example https://mypractice.com).',
        contactFirstName: 'Contact first name is required.',
        contactLastName: 'Contact last name is required.',
        contactEmail: 'Contact email must be an email address (for example name@example.com).',
        contactPhone:
          'Contact phone must be a 10-digit US number with a valid area code (for example (406) 555-0120).',
        updatedAt: 'Last updated must be an ISO 8601 date and time.',
      },
    });
  });

  it('leaves legal name, address and website optional', () => {
    const minimal = {
      ...emptyBusinessDetails(),
      name: 'Partner EHR',
      contactFirstName: 'John',
      contactLastName: 'Smith',
      contactEmail: 'jj@partner.com',
      contactPhone: '8885551212',
    };
    expect(businessDetailsSchema.parse(minimal)).toEqual(minimal);
  });
});
