import { SANDBOX_APPLICATION_ID, SANDBOX_APPLICATION_PASSWORD } from '../../src/sandbox/defaults';
import type { FaultRule } from '../../src/sandbox/faults';
import type { PartnerDetails, VerificationSettings } from '../../src/sandbox/state';

/**
 * Calls to the embedded Updox sandbox the way a test sets the scene (not through the app's client): its IO API
 * (POST <origin>/api/io/<method>) with the sandbox's vendor credentials, and its control plane
 * (<origin>/_sandbox/<route>). Plain fetch and no test framework: used by unit tests, e2e specs and benchmarks.
 */

/** An Updox answer envelope; the method's own fields sit beside the three common ones. */
export interface UpdoxAnswer {
  successful: boolean;
  responseCode: number;
  responseMessage: string;
  [field: string]: unknown;
}

/** The sandbox's vendor credentials: application auth when accountId is '', account auth otherwise. */
export const vendorAuth = (accountId = '') => ({
  applicationId: SANDBOX_APPLICATION_ID,
  applicationPassword: SANDBOX_APPLICATION_PASSWORD,
  accountId,
  userId: '',
});

/** Calls `method` ('PracticeCreate', or 'PracticeCreate/1.1' for the versioned one); the answer as it came. */
export const callUpdox = async (
  origin: string,
  method: string,
  body: Record<string, unknown> = {},
  accountId = '',
): Promise<UpdoxAnswer> => {
  const res = await fetch(`${origin}/api/io/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ auth: vendorAuth(accountId), ...body }),
  });
  return (await res.json()) as UpdoxAnswer;
};

/** callUpdox, but any answer other than 2000 is thrown as an Error naming the method, code and message. */
export const callUpdoxOk = async (...call: Parameters<typeof callUpdox>): Promise<UpdoxAnswer> => {
  const answer = await callUpdox(...call);
  if (answer.responseCode !== 2000) {
    throw new Error(`${call[1]} answered ${String(answer.responseCode)}: ${String(answer.responseMessage)}`);
  }
  return answer;
};

/** A PracticeCreate/1.1 record: the fields given are sent as they are, absent ones stay absent. */
export type PracticeFields = { accountId: string; name: string } & Record<string, unknown>;

export const createPractice = (origin: string, practice: PracticeFields) =>
  callUpdoxOk(origin, 'PracticeCreate/1.1', practice);

/** One LocationsSync entry (the partner's own id and code, the name, then any other location field). */
export type LocationFields = { id: string; code: string; name: string } & Record<string, unknown>;

export const syncLocations = (origin: string, accountId: string, locations: readonly LocationFields[]) =>
  callUpdoxOk(origin, 'LocationsSync', { locations }, accountId);

/** SmsSend from the account's default location to a fixed test number; only the responseCode. */
export const smsSendCode = async (origin: string, accountId: string, message = 'Readiness check') =>
  (await callUpdox(origin, 'SmsSend', { to: '4065550120', message }, accountId)).responseCode;

/**
 * One control-plane request: POST with `body` as JSON, or GET when there is none. Throws unless the sandbox
 * answers {"ok":true}; returns that answer.
 */
export const sandboxControl = async (
  origin: string,
  route: string,
  body?: unknown,
): Promise<Record<string, unknown>> => {
  const res = await fetch(`${origin}/_sandbox/${route}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  const answer = (text === '' ? {} : JSON.parse(text)) as Record<string, unknown>;
  if (!res.ok || answer.ok !== true) throw new Error(`/_sandbox/${route} answered ${res.status}: ${text}`);
  return answer;
};

/** Replaces the fault rules of /api/io/ calls: `[{ kind: 'drop' }]` makes Updox unreachable, `[]` clears. */
export const setFaults = (origin: string, rules: readonly FaultRule[]) =>
  sandboxControl(origin, 'faults', { rules });

/** Moves the sandbox clock forward (SMS verification and number assignment follow it). */
export const advanceClock = (origin: string, advanceMs: number) =>
  sandboxControl(origin, 'clock', { advanceMs });

/** Turns SMS on or off for the vendor credentials (off: Updox answers 4015). */
export const setSmsEnabled = (origin: string, enabled: boolean) => sandboxControl(origin, 'sms', { enabled });

/** The partner ("vendor") business details Updox holds; absent or null fields become ''. */
export type VendorDetails = { [K in keyof PartnerDetails]?: string | null };

export const setVendor = (origin: string, details: VendorDetails) =>
  sandboxControl(origin, 'vendor', details);

/** SMS verification timing and outcome; fields left out keep their current value. */
export const setVerification = (origin: string, settings: Partial<VerificationSettings>) =>
  sandboxControl(origin, 'verification', settings);

/** The sandbox's whole state (GET /_sandbox/state), for a test to look at; callers narrow what they read. */
export const sandboxState = (origin: string) => sandboxControl(origin, 'state');
