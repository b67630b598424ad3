import { type Caller, createCaller, type RetryPolicy, type UpdoxCredentials } from './caller';
import { locationMethods } from './methods/locations';
import { pingMethods } from './methods/ping';
import { practiceMethods } from './methods/practice';
import { smsClientMethods } from './methods/sms';
import { userMethods } from './methods/users';
import type { TraceSink } from './trace';

export type { RetryPolicy, UpdoxCredentials } from './caller';
export type { PracticeWriteOptions } from './methods/practice';

export interface UpdoxClientOptions {
  /** e.g. "https://updoxqa.com/api/io/" or the sandbox's apiBase. */
  apiBase: string;
  credentials: UpdoxCredentials;
  /** Which environment this client talks to (carried on every trace). */
  environmentId: string;
  /** Per attempt, headers and body together. Default 15 s. */
  timeoutMs?: number;
  /** For calls that are safe to repeat. Default: 2 retries, 250 ms to 2 s, with jitter. */
  retry?: RetryPolicy;
  /** Receives one trace per attempt. */
  onTrace?: TraceSink;
  fetchImpl?: typeof fetch;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_RETRY: RetryPolicy = { retries: 2, minTimeoutMs: 250, maxTimeoutMs: 2_000 };

function buildMethods(call: Caller) {
  return {
    ...pingMethods(call),
    ...practiceMethods(call),
    ...locationMethods(call),
    ...userMethods(call),
    ...smsClientMethods(call),
  };
}

/** The typed Updox client: one method per Updox method the app uses. Every failure is an UpdoxError. */
export type UpdoxClient = ReturnType<typeof buildMethods>;

export function createUpdoxClient(options: UpdoxClientOptions): UpdoxClient {
  const call = createCaller({
    apiBase: options.apiBase,
    credentials: { ...options.credentials },
    environmentId: options.environmentId,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: options.retry ?? DEFAULT_RETRY,
    ...(options.onTrace ? { onTrace: options.onTrace } : {}),
    fetchImpl: options.fetchImpl ?? globalThis.fetch.bind(globalThis),
  });
  return buildMethods(call);
}
