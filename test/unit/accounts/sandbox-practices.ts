import { createPractice } from '../../support/sandbox-api';
import { partnerDetails } from '../sms/sms-sandbox';

/**
 * Practices of the Accounts list in an Updox sandbox, created the way a partner would (PracticeCreate/1.1 with the
 * sandbox's vendor credentials). Used by the unit tests, the e2e specs of the Accounts list and its benchmark.
 */
export interface SandboxPractice {
  accountId: string;
  name: string;
  address1?: string;
  city?: string;
  state?: string;
  postal?: string;
  active?: boolean;
  websiteUrl?: string;
}

/** Creates the practice; a non-2000 answer is thrown as an Error naming it. */
export const createSandboxPractice = (sandboxOrigin: string, p: SandboxPractice) =>
  createPractice(sandboxOrigin, {
    accountId: p.accountId,
    name: p.name,
    address1: p.address1 ?? '',
    city: p.city ?? '',
    state: p.state ?? '',
    postal: p.postal ?? '',
    active: p.active ?? true,
    websiteUrl: p.websiteUrl ?? '',
    timeZone: 'America/New_York',
  });

/** A practice whose own SMS business details are all there (the partner's contact still counts). */
export const completePractice = (accountId: string, name: string): SandboxPractice => ({
  accountId,
  name,
  address1: '100 Main St',
  city: 'Dublin',
  state: 'OH',
  postal: '43017',
  websiteUrl: 'https://example.com',
});

/** An inactive practice with only a city and a state: its SMS business details are incomplete. */
export const oakPediatrics: SandboxPractice = {
  accountId: 'oak-2',
  name: 'Oak Pediatrics',
  city: 'Powell',
  state: 'OH',
  active: false,
};

/** A location of sunrise-01 with an address (LocationsSync fields); tests add `active` and more. */
export const powellLocation = {
  id: 'powell',
  code: 'pow',
  name: 'Powell',
  address1: '9 Elm St',
  city: 'Powell',
  state: 'OH',
  zip: '43065',
};

/** Partner details that complete the partner's half of SMS readiness (the SMS tests' partner, renamed). */
export const completePartner = {
  ...partnerDetails,
  name: 'Acme Health Partners',
  legalName: 'Acme Health Partners LLC',
  contactFirstName: 'Pat',
  contactLastName: 'Lee',
  contactEmail: 'pat@example.com',
  contactPhone: '6145550100',
};
