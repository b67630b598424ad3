import { SANDBOX_APPLICATION_ID, SANDBOX_APPLICATION_PASSWORD } from '../../../src/sandbox';

/** Raw calls to the embedded sandbox, the way a test sets the scene (not through the app's client). */
export interface IoAnswer {
  successful: boolean;
  responseCode: number;
  responseMessage: string;
  [key: string]: unknown;
}

export const io = async (origin: string, method: string, body: Record<string, unknown>, accountId = '') => {
  const res = await fetch(`${origin}/api/io/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: {
        applicationId: SANDBOX_APPLICATION_ID,
        applicationPassword: SANDBOX_APPLICATION_PASSWORD,
        accountId,
        userId: '',
      },
      ...body,
    }),
  });
  return (await res.json()) as IoAnswer;
};

export const control = async (origin: string, route: string, body: unknown): Promise<void> => {
  const res = await fetch(`${origin}/_sandbox/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`/_sandbox/${route} answered ${res.status}: ${await res.text()}`);
};

export const completePractice = (accountId: string) => ({
  accountId,
  name: 'Sunrise Family Clinic',
  address1: '100 Main Street',
  address2: '',
  city: 'Dublin',
  state: 'OH',
  postal: '43017',
  phone: '6145550100',
  fax: '',
  timeZone: 'America/New_York',
  websiteUrl: 'https://sunrise-clinic.example.com',
  alternativeWebsiteUrl: '',
  countryCode: 'US',
  active: true,
});

export const partnerDetails = {
  name: 'Partner EHR',
  legalName: 'Partner EHR LLC',
  address1: '1 Partner Way',
  address2: '',
  city: 'Columbus',
  state: 'OH',
  postal: '43215',
  countryCode: 'US',
  website: 'https://partner.example.com',
  contactFirstName: 'John',
  contactLastName: 'Smith',
  contactEmail: 'jsmith@partner.example.com',
  contactPhone: '8885551212',
};

/** An account with only a name (incomplete for SMS), plus extra locations. */
export const createAccount = async (
  origin: string,
  accountId: string,
  complete: boolean,
  extraLocations: string[] = [],
) => {
  const record = complete
    ? completePractice(accountId)
    : { accountId, name: 'Lakeside Pediatrics', active: true };
  const created = await io(origin, 'PracticeCreate/1.1', record);
  if (created.responseCode !== 2000) throw new Error(`PracticeCreate: ${created.responseMessage}`);
  if (extraLocations.length > 0) {
    const locations = extraLocations.map((name, i) => ({
      id: `loc-${i + 1}`,
      code: `l${i + 1}`,
      name,
      active: true,
      showInPortal: true,
    }));
    const synced = await io(origin, 'LocationsSync', { locations }, accountId);
    if (synced.responseCode !== 2000) throw new Error(`LocationsSync: ${synced.responseMessage}`);
  }
};

export const completeAccount = async (origin: string, accountId: string) => {
  const updated = await io(origin, 'PracticeUpdate/1.1', completePractice(accountId));
  if (updated.responseCode !== 2000) throw new Error(`PracticeUpdate: ${updated.responseMessage}`);
  await control(origin, 'vendor', partnerDetails);
};
