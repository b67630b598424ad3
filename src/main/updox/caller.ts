import pRetry from 'p-retry';
import { readAnswer, type AnswerSpec } from './answer';
import { emitTrace, type TraceSink, traceOutcome, type UpdoxTrace } from './trace';
import { postJson } from './transport';
import { UpdoxError } from './updox-error';

export interface UpdoxCredentials {
  applicationId: string;
  applicationPassword: string;
}

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  minTimeoutMs: number;
  maxTimeoutMs: number;
}

export interface CallerConfig {
  apiBase: string;
  credentials: UpdoxCredentials;
  environmentId: string;
  timeoutMs: number;
  retry: RetryPolicy;
  onTrace?: TraceSink;
  fetchImpl: typeof fetch;
}

/** none: Ping; application: vendor credentials; account: vendor credentials + auth.accountId. */
export type AuthLevel = 'none' | 'application' | 'account';

export interface CallSpec<T> extends AnswerSpec<T> {
  version?: '1.1';
  auth: AuthLevel;
  /** The account the call is about: auth.accountId for account auth, and the trace's accountId. */
  accountId?: string;
  body?: Record<string, unknown>;
  /** Only for calls that are safe to repeat: retried on network trouble, timeouts, HTTP 5xx and Updox 5xxx. */
  retry: boolean;
}

export type Caller = <T>(spec: CallSpec<T>) => Promise<T>;

export function createCaller(config: CallerConfig): Caller {
  const base = config.apiBase.endsWith('/') ? config.apiBase : `${config.apiBase}/`;

  const authFor = (level: AuthLevel, accountId: string | undefined) => ({
    applicationId: level === 'none' ? '' : config.credentials.applicationId,
    applicationPassword: level === 'none' ? '' : config.credentials.applicationPassword,
    accountId: level === 'account' ? (accountId ?? '') : '',
    userId: '',
  });

  async function attempt<T>(spec: CallSpec<T>, attemptNumber: number): Promise<T> {
    const at = new Date().toISOString();
    const started = performance.now();
    const trace: Omit<UpdoxTrace, 'durationMs' | 'outcome'> = {
      method: spec.method,
      ...(spec.version ? { version: spec.version } : {}),
      environmentId: config.environmentId,
      ...(spec.accountId ? { accountId: spec.accountId } : {}),
      attempt: attemptNumber,
      at,
    };
    const finish = (outcome: UpdoxTrace['outcome'], responseCode?: number, httpStatus?: number) =>
      emitTrace(config.onTrace, {
        ...trace,
        outcome,
        ...(responseCode === undefined ? {} : { responseCode }),
        ...(httpStatus === undefined ? {} : { httpStatus }),
        durationMs: Math.round(performance.now() - started),
      });

    const url = `${base}${spec.method}${spec.version ? `/${spec.version}` : ''}`;
    const body = { ...spec.body, auth: authFor(spec.auth, spec.accountId) };
    try {
      const answer = await postJson(url, body, {
        method: spec.method,
        timeoutMs: config.timeoutMs,
        fetchImpl: config.fetchImpl,
      });
      const { data, responseCode } = readAnswer(spec, answer);
      finish('ok', responseCode, answer.status);
      return data;
    } catch (error) {
      if (error instanceof UpdoxError) {
        finish(traceOutcome(error), error.code, error.httpStatus);
      } else {
        finish('unexpected');
      }
      throw error;
    }
  }

  const retryable = (error: unknown) => error instanceof UpdoxError && error.transient;

  return async <T>(spec: CallSpec<T>): Promise<T> => {
    if (!spec.retry || config.retry.retries <= 0) return attempt(spec, 1);
    // The first attempt runs outside p-retry: most calls succeed at once, and the retry machinery is only set up
    // for a call that failed in a way worth repeating (the client's per-call overhead is a bench row). p-retry then
    // takes that failure as its attempt 1, so the waits before the retries are unchanged.
    let firstFailure: unknown;
    try {
      return await attempt(spec, 1);
    } catch (error) {
      if (!retryable(error)) throw error;
      firstFailure = error;
    }
    return pRetry((n) => (n === 1 ? Promise.reject(firstFailure) : attempt(spec, n)), {
      retries: config.retry.retries,
      minTimeout: config.retry.minTimeoutMs,
      maxTimeout: config.retry.maxTimeoutMs,
      factor: 2,
      randomize: true,
      shouldRetry: retryable,
    });
  };
}
