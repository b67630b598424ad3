import { authenticate } from './auth';
import { CODES } from './codes';
import type { SandboxRuntime } from './context';
import type { ResolvedMethod } from './methods/registry';
import { errorReply, httpErrorBody, parseRequest, toEnvelope } from './protocol';
import { advanceSmsNumbers } from './sms-lifecycle';

export interface ApiAnswer {
  status: number;
  body: Record<string, unknown>;
  /** The Updox responseCode (for the request log). */
  code: number;
}

/** Runs one Updox IO call on a raw body: JSON, envelope, auth, then the method. Mutates runtime.state. */
export function dispatchApiCall(runtime: SandboxRuntime, method: ResolvedMethod, rawBody: string): ApiAnswer {
  let json: unknown;
  try {
    json = rawBody.trim() === '' ? {} : JSON.parse(rawBody);
  } catch {
    return { status: 400, body: httpErrorBody(CODES.badRequest, 'Malformed JSON'), code: CODES.badRequest };
  }
  const request = parseRequest(json);
  if (!request) {
    const reply = errorReply(CODES.badRequest, 'Bad Request: the body must be a JSON object');
    return { status: 200, body: toEnvelope(reply), code: reply.code };
  }
  advanceSmsNumbers(runtime.state, runtime.clock.now());
  const auth = authenticate(runtime, method.spec.auth, request.auth);
  const reply = auth.ok
    ? method.spec.handle({
        runtime,
        ...request,
        version: method.version,
        account: auth.account,
        user: auth.user,
      })
    : auth.reply;
  return { status: 200, body: toEnvelope(reply), code: reply.code };
}
