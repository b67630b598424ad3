/**
 * Creates practices in an Updox sandbox the way a partner would: POST <origin>/api/io/PracticeCreate/1.1 with the
 * sandbox's vendor credentials. Plain Node fetch: used by the unit tests and the e2e specs of the Accounts list.
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

export const sandboxAuth = {
  applicationId: 'sandbox-vendor',
  applicationPassword: 'sandbox-password',
  accountId: '',
  userId: '',
};

/** Answers of the sandbox's API are JSON envelopes; a non-2000 code is thrown as an Error naming it. */
export const sandboxCall = async (
  sandboxOrigin: string,
  method: string,
  body: Record<string, unknown>,
): Promise<Record<string, unknown>> => {
  const response = await fetch(`${sandboxOrigin}/api/io/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ auth: sandboxAuth, ...body }),
  });
  const answer = (await response.json()) as Record<string, unknown>;
  if (answer.responseCode !== 2000) {
    throw new Error(`${method} answered ${String(answer.responseCode)}: ${String(answer.responseMessage)}`);
  }
  return answer;
};

export const createSandboxPractice = (sandboxOrigin: string, p: SandboxPractice) =>
  sandboxCall(sandboxOrigin, 'PracticeCreate/1.1', {
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

/** Partner details that complete the partner's half of SMS readiness. */
export const completePartner = {
  name: 'Acme Health Partners',
  legalName: 'Acme Health Partners LLC',
  address1: '1 Partner Way',
  address2: '',
  city: 'Columbus',
  state: 'OH',
  postal: '43215',
  countryCode: 'US',
  website: 'https://partner.example.com',
  contactFirstName: 'Pat',
  contactLastName: 'Lee',
  contactEmail: 'pat@example.com',
  contactPhone: '6145550100',
};

/** Replaces the sandbox's fault rules: `[{ kind: 'drop' }]` makes Updox unreachable, `[]` clears. */
export const setSandboxFaults = async (sandboxOrigin: string, rules: readonly Record<string, unknown>[]) => {
  const response = await fetch(`${sandboxOrigin}/_sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rules }),
  });
  if (!response.ok) throw new Error(`faults: HTTP ${response.status}`);
};
