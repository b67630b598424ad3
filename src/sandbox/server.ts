import type { IncomingMessage, ServerResponse } from 'node:http';
import { CODES } from './codes';
import type { SandboxRuntime } from './context';
import { handleControl, type ControlAnswer } from './control-plane';
import { API_PATH_PREFIX, BODY_LIMIT_BYTES, CONTROL_PATH_PREFIX } from './defaults';
import { dispatchApiCall, type ApiAnswer } from './api-dispatch';
import type { ChosenFault, FaultInjector } from './faults';
import { jsonBytes, readBody, send, sendJson, sendSlowly, type TimerSet } from './http-io';
import { apiCallRefused, foreignCaller } from './request-guard';
import { resolveMethod, type ResolvedMethod } from './methods/registry';
import { httpErrorBody } from './protocol';
import type { StateStore } from './store';

export interface ServerDeps {
  runtime: SandboxRuntime;
  faults: FaultInjector;
  store: StateStore;
  timers: TimerSet;
  log: (line: string) => void;
  logRequests: boolean;
}

/** The node:http request listener: routes /api/io/ (Updox IO) and /_sandbox/ (control plane). */
export function createRequestListener(deps: ServerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handleRequest(deps, req, res).catch((error: unknown) => {
      deps.log(`sandbox: internal error: ${error instanceof Error ? error.message : String(error)}`);
      sendJson(res, 500, httpErrorBody(CODES.unknownError, 'An unknown error has occurred'));
    });
  };
}

async function handleRequest(deps: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  if (path.startsWith(CONTROL_PATH_PREFIX)) return handleControlRequest(deps, req, res, path);
  if (path.startsWith(API_PATH_PREFIX)) return handleApiRequest(deps, req, res, path);
  req.resume();
  sendJson(res, 404, { ok: false, error: 'Not found: the Updox API is under /api/io/' });
}

/** Saves the state after a mutation; a failed save is reported as a server error. */
function persist(deps: ServerDeps): boolean {
  try {
    deps.store.persist(deps.runtime.state, deps.runtime.updated);
    return true;
  } catch (error) {
    deps.log(`sandbox: could not save state: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

async function handleControlRequest(
  deps: ServerDeps,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
) {
  if (foreignCaller(req)) {
    req.resume();
    return sendJson(res, 403, {
      ok: false,
      error: 'The control plane answers local (loopback) callers only',
    });
  }
  const body = await readBody(req, BODY_LIMIT_BYTES);
  if (!body.ok) {
    if (body.reason === 'too-large') sendJson(res, 413, { ok: false, error: 'Body too large' }, true);
    return;
  }
  let json: unknown;
  try {
    json = body.text.trim() === '' ? {} : JSON.parse(body.text);
  } catch {
    return sendJson(res, 400, { ok: false, error: 'Malformed JSON' });
  }
  const answer = runControl(deps, req.method ?? 'GET', path.slice(CONTROL_PATH_PREFIX.length), json);
  sendJson(res, answer.status, answer.body);
}

/** One control-plane request, over HTTP or in process (the embedded sandbox): routed, then the state saved. */
export function runControl(
  deps: ServerDeps,
  httpMethod: string,
  route: string,
  body: unknown,
): ControlAnswer {
  const answer = handleControl(deps.runtime, deps.faults, httpMethod, route, body);
  if (!persist(deps))
    return { status: 500, body: { ok: false, error: 'The sandbox could not save its state' } };
  return answer;
}

async function handleApiRequest(deps: ServerDeps, req: IncomingMessage, res: ServerResponse, path: string) {
  if (req.method !== 'POST') {
    req.resume();
    res.setHeader('Allow', 'POST');
    return sendJson(res, 405, httpErrorBody(CODES.badRequest, 'Method not allowed: Updox IO calls are POST'));
  }
  const refused = apiCallRefused(req);
  if (refused) {
    req.resume();
    return sendJson(res, refused.status, httpErrorBody(CODES.badRequest, refused.error), true);
  }
  const name = path.slice(API_PATH_PREFIX.length);
  const method = resolveMethod(name);
  if (!method) {
    req.resume();
    return sendJson(res, 404, httpErrorBody(CODES.badRequest, `Unknown method: ${name}`));
  }
  const body = await readBody(req, BODY_LIMIT_BYTES);
  if (!body.ok) {
    if (body.reason === 'too-large') {
      sendJson(res, 413, httpErrorBody(CODES.tooLarge, 'Bad Request: request likely too large'), true);
    }
    return;
  }
  const fault = deps.faults.pick(method.spec.name, method.version);
  if (fault && !fault.afterHandling && fault.kind !== 'latency' && fault.kind !== 'slowBody') {
    return applyFault(deps, res, fault, null);
  }
  if (fault?.kind === 'latency' && !fault.afterHandling) {
    await deps.timers.delay(fault.latencyMs);
    if (res.destroyed || req.socket.destroyed) return; // the caller gave up: nothing was processed
  }
  const answer = runApiCall(deps, method, body.text);
  if (deps.logRequests)
    deps.log(`${method.spec.name}${method.version ? `/${method.version}` : ''} -> ${answer.code}`);
  if (!fault || (fault.kind === 'latency' && !fault.afterHandling)) {
    return sendJson(res, answer.status, answer.body);
  }
  return applyFault(deps, res, fault, answer);
}

function runApiCall(deps: ServerDeps, method: ResolvedMethod, text: string): ApiAnswer {
  let answer: ApiAnswer;
  try {
    answer = dispatchApiCall(deps.runtime, method, text);
  } catch (error) {
    deps.log(
      `sandbox: ${method.spec.name} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    answer = {
      status: 500,
      body: httpErrorBody(CODES.unknownError, 'An unknown error has occurred'),
      code: 5000,
    };
  }
  if (!persist(deps)) {
    answer = {
      status: 500,
      body: httpErrorBody(CODES.unknownError, 'The sandbox could not save its state'),
      code: 5000,
    };
  }
  return answer;
}

/** Applies a fault. `answer` is the real answer when the call was processed first (afterHandling, latency, slowBody). */
async function applyFault(
  deps: ServerDeps,
  res: ServerResponse,
  fault: ChosenFault,
  answer: ApiAnswer | null,
) {
  switch (fault.kind) {
    case 'drop':
      res.socket?.destroy();
      return;
    case 'http5xx':
      return send(
        res,
        fault.status,
        Buffer.from(`Sandbox fault: HTTP ${fault.status}`),
        'text/plain; charset=utf-8',
      );
    case 'malformed':
      return send(
        res,
        200,
        Buffer.from('{"successful":true,"responseCode":20'),
        'application/json; charset=utf-8',
      );
    case 'unknownCode':
      // A well-formed answer with a responseCode no Updox document lists.
      return sendJson(res, 200, { successful: false, responseCode: 7777, responseMessage: 'Sandbox fault' });
    case 'latency':
      await deps.timers.delay(fault.latencyMs);
      if (answer) sendJson(res, answer.status, answer.body);
      return;
    case 'slowBody':
      if (answer) await sendSlowly(res, answer.status, jsonBytes(answer.body), fault.latencyMs, deps.timers);
      return;
  }
}
