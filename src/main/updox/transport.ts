import { UpdoxError } from './updox-error';

export interface HttpAnswer {
  status: number;
  /** The parsed body, or undefined when the body is not JSON. */
  json: unknown;
}

export interface PostOptions {
  method: string;
  timeoutMs: number;
  fetchImpl: typeof fetch;
}

const seconds = (ms: number): string => {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} second${s === 1 ? '' : 's'}`;
};

const causeCode = (error: unknown): string => {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = current.cause;
  }
  return '';
};

const networkReason = (error: unknown): string => {
  const code = causeCode(error);
  if (code === 'ECONNREFUSED') return 'the connection was refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'its address was not found';
  if (code === 'ECONNRESET' || code === 'EPIPE' || code.startsWith('UND_ERR')) {
    return 'the connection closed before an answer';
  }
  return 'no connection';
};

/**
 * POSTs a JSON body and reads the whole answer within one deadline (headers and body). Throws UpdoxError of kind
 * 'timeout' when the deadline passes and 'network' when no complete answer arrived. Never includes the body in errors.
 */
export async function postJson(url: string, body: unknown, options: PostOptions): Promise<HttpAnswer> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  try {
    const response = await options.fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: controller.signal,
      redirect: 'error',
    });
    const text = await response.text();
    return { status: response.status, json: parseJson(text) };
  } catch (error) {
    if (timedOut) {
      throw new UpdoxError(
        {
          kind: 'timeout',
          method: options.method,
          message: `Updox did not answer within ${seconds(options.timeoutMs)}. Check your connection and try again.`,
        },
        { cause: error },
      );
    }
    throw new UpdoxError(
      {
        kind: 'network',
        method: options.method,
        message: `Updox could not be reached: ${networkReason(error)}. Check your connection and the environment's address, then try again.`,
      },
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
