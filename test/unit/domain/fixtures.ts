import type { PartnerBusinessDetails } from '../../../src/shared/domain/business-details';
import { emptyPractice, type Practice } from '../../../src/shared/domain/practice';

export const sunrise: Practice = {
  ...emptyPractice(),
  accountId: 'sunrise-pediatrics',
  name: 'Sunrise Pediatrics',
  address1: '123 Main Street',
  address2: 'Suite 6',
  city: 'Dublin',
  state: 'OH',
  postal: '430171234',
  phone: '4065550120',
  fax: '4065550121',
  timeZone: 'America/New_York',
  websiteAddress: 'sunrise',
  directAddress: 'office@sunrise.direct.myupdox.com',
  websiteUrl: 'https://sunrisepeds.com',
  alternativeWebsiteUrl: 'https://facebook.com/sunrisepeds',
};

/** The partner of the Updox help page screenshot. */
export const partner: PartnerBusinessDetails = {
  name: 'John Smith',
  legalName: 'John J. Smith',
  address1: '123 Main Street',
  address2: 'Suite 6555',
  city: 'Anywhere',
  state: 'AL',
  postal: '44444',
  countryCode: 'US',
  website: 'https://partnerehrpage.usedbyclient.com',
  contactFirstName: 'John',
  contactLastName: 'Smith',
  contactEmail: 'jjsmith@partnersite.com',
  contactPhone: '8885551212',
  updatedAt: '2024-05-24T15:15:00Z',
};
