import { startSandbox, type RunningSandbox, type StartSandboxOptions } from '../../../src/sandbox/index';

/** A sandbox on a free port plus small fetch helpers for the Updox IO protocol and the control plane. */
export interface Harness {
  sandbox: RunningSandbox;
  /** POST /api/io/<method> with `auth` built from `authExtra` over the vendor credentials. */
  call(
    method: string,
    fields?: Record<string, unknown>,
    authExtra?: Record<string, unknown>,
  ): Promise<Envelope>;
  /** Same, with raw control of the whole body. */
  raw(method: string, body: unknown): Promise<Envelope>;
  control(route: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }>;
  state(): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export type Envelope = Record<string, unknown> & {
  successful: boolean;
  responseCode: number;
  responseMessage: string;
};

export async function startHarness(opts: StartSandboxOptions = {}): Promise<Harness> {
  const sandbox = await startSandbox({ port: 0, log: () => undefined, ...opts });
  const vendor = {
    applicationId: sandbox.credentials.applicationId,
    applicationPassword: sandbox.credentials.applicationPassword,
    accountId: '',
    userId: '',
  };
  const raw = async (method: string, body: unknown): Promise<Envelope> => {
    const res = await fetch(`${sandbox.apiBase}${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.status !== 200) throw new Error(`HTTP ${res.status} for ${method}: ${await res.text()}`);
    return (await res.json()) as Envelope;
  };
  const control = async (route: string, body?: unknown) => {
    const res = await fetch(`${sandbox.origin}/_sandbox/${route}`, {
      method: body === undefined && route === 'state' ? 'GET' : 'POST',
      headers: { 'Content-Type': 'application/json' },
      ...(body === undefined && route === 'state' ? {} : { body: JSON.stringify(body ?? {}) }),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  return {
    sandbox,
    raw,
    call: (method, fields = {}, authExtra = {}) =>
      raw(method, { auth: { ...vendor, ...authExtra }, ...fields }),
    control,
    state: async () => (await control('state')).body,
    close: () => sandbox.close(),
  };
}

/** A practice body that passes every rule and has complete SMS business details (for /1.1 calls). */
export function completePractice(
  accountId: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    accountId,
    name: 'Maple Family Medicine',
    address1: '100 Main Street',
    address2: 'Suite 2',
    city: 'Columbus',
    state: 'OH',
    postal: '43215',
    phone: '6145550100',
    fax: '6145550101',
    timeZone: 'America/New_York',
    active: true,
    websiteUrl: 'https://maple.example.com',
    countryCode: 'US',
    ...extra,
  };
}

export const COMPLETE_PARTNER = {
  name: 'Partner EHR',
  legalName: 'Partner EHR LLC',
  address1: '1 Partner Way',
  address2: '',
  city: 'Dublin',
  state: 'OH',
  postal: '43017',
  countryCode: 'US',
  website: 'https://partner.example.com',
  contactFirstName: 'Jo',
  contactLastName: 'Smith',
  contactEmail: 'jo@partner.example.com',
  contactPhone: '+1 888-555-1212',
};
