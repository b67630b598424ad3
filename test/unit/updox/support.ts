import { expect } from 'vitest';
import { createUpdoxClient, type UpdoxClient, type UpdoxClientOptions } from '../../../src/main/updox/client';
import type { UpdoxTrace } from '../../../src/main/updox/trace';
import type { LocationRecord, PracticeRecord, UserRecord } from '../../../src/main/updox/types';
import { UpdoxError } from '../../../src/main/updox/updox-error';
import { type RunningSandbox, startSandbox } from '../../../src/sandbox/index';
import { sandboxControl, sandboxState } from '../../support/sandbox-api';

export interface Harness {
  sandbox: RunningSandbox;
  client: UpdoxClient;
  traces: UpdoxTrace[];
  /** A client with other options against the same sandbox (traces go to the same list). */
  clientWith: (options: Partial<UpdoxClientOptions>) => UpdoxClient;
  /** POST /_sandbox/<path> (body {} by default); throws unless the sandbox answers ok. */
  control: (path: string, body?: unknown) => Promise<Record<string, unknown>>;
  state: () => Promise<Record<string, unknown>>;
  close: () => Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const sandbox = await startSandbox({ port: 0 });
  const traces: UpdoxTrace[] = [];
  const clientWith = (options: Partial<UpdoxClientOptions>) =>
    createUpdoxClient({
      apiBase: sandbox.apiBase,
      credentials: sandbox.credentials,
      environmentId: 'sandbox',
      timeoutMs: 2_000,
      retry: { retries: 2, minTimeoutMs: 5, maxTimeoutMs: 20 },
      onTrace: (t) => traces.push(t),
      ...options,
    });
  return {
    sandbox,
    client: clientWith({}),
    traces,
    clientWith,
    control: (path, body = {}) => sandboxControl(sandbox.origin, path, body),
    state: () => sandboxState(sandbox.origin),
    close: () => sandbox.close(),
  };
}

/** The partner's website and contact: enough of the vendor details for SmsSend to get past 4039. */
export const partnerContact = {
  website: 'https://partner.example.com',
  contactFirstName: 'John',
  contactLastName: 'Smith',
  contactEmail: 'john@partner.example.com',
  contactPhone: '8885551212',
};

let counter = 0;
/** A unique account id per call, so tests sharing a sandbox do not collide. */
export const uniqueId = (prefix = 'clinic'): string => `${prefix}-${process.pid}-${++counter}`;

export function practice(overrides: Partial<PracticeRecord> = {}): PracticeRecord {
  const accountId = overrides.accountId ?? uniqueId();
  return {
    accountId,
    name: 'Sunrise Family Medicine',
    address1: '100 Main Street',
    address2: 'Suite 200',
    city: 'Columbus',
    state: 'OH',
    postal: '43017',
    phone: '6145550100',
    fax: '6145550101',
    timeZone: 'America/New_York',
    websiteAddress: `portal-${accountId}`,
    directDomain: '',
    directAddress: '',
    metadata: 'onboarded by test',
    active: true,
    websiteUrl: 'https://sunrise.example.com',
    alternativeWebsiteUrl: 'https://facebook.com/sunrise',
    countryCode: 'US',
    ...overrides,
  };
}

/** Awaits a promise that must fail with an UpdoxError, and returns the error. */
export async function failure(promise: Promise<unknown>): Promise<UpdoxError> {
  const outcome = await promise.then(
    () => new Error('expected the call to fail, and it succeeded'),
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(UpdoxError);
  return outcome as UpdoxError;
}

export const tracesFor = (traces: readonly UpdoxTrace[], method: string): UpdoxTrace[] =>
  traces.filter((t) => t.method === method);

/** A location record with every field set (override what a test is about). */
export const location = (overrides: Partial<LocationRecord> = {}): LocationRecord => ({
  externalId: uniqueId('loc'),
  code: 'COL',
  name: 'Columbus',
  address1: '1 High Street',
  address2: '',
  city: 'Columbus',
  state: 'OH',
  zip: '432150001',
  phone: '6145550110',
  eveningPhone: '',
  fax: '6145550111',
  appointmentPhone: '6145550112',
  email: 'front@sunrise.example.com',
  showInPortal: true,
  active: true,
  ...overrides,
});

/** A user record with a web login and a valid password (override what a test is about). */
export const user = (overrides: Partial<UserRecord> = {}): UserRecord => ({
  userId: uniqueId('user'),
  emrUserId: '',
  loginId: uniqueId('login'),
  password: 'Sunrise-2024',
  firstName: 'Ada',
  middleName: '',
  lastName: 'Lovelace',
  address1: '',
  address2: '',
  city: '',
  state: '',
  postal: '',
  timeZone: 'America/New_York',
  metadata: '',
  npi: '',
  providerTaxonomyCode: '',
  directAddress: '',
  active: true,
  searchOptOut: false,
  provider: true,
  admin: false,
  ...overrides,
});
