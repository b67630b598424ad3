/** A partner's business details as a person types them in the form (state in lower case, phone formatted). */
export const partnerForm = {
  name: 'Acme Health IT',
  legalName: 'Acme Health IT LLC',
  address1: '1 Vendor Way',
  city: 'Columbus',
  state: 'oh',
  postal: '43215',
  countryCode: 'US',
  website: '',
  contactFirstName: 'Jane',
  contactLastName: 'Smith',
  contactEmail: 'jane@acme.example.com',
  contactPhone: '(614) 555-0142',
};
