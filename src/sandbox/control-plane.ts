import { z } from 'zod';
import type { SandboxRuntime } from './context';
import { FaultInjector, faultsConfigSchema } from './faults';
import { smsNumberEntryToWire, SMS_VERIFICATION_OUTCOMES } from './provisional';
import { advanceSmsNumbers } from './sms-lifecycle';
import { emptyState, partnerSchema } from './state';

/**
 * The control plane under /_sandbox/ (not Updox protocol). Answers {"ok":true,...} or HTTP 400 {"ok":false,"error"}.
 * The server only calls it for loopback peers.
 */

export interface ControlAnswer {
  status: number;
  body: Record<string, unknown>;
}

const partnerText = z
  .string()
  .nullish()
  .transform((v) => v ?? '');
const vendorSchema = z.object(
  Object.fromEntries(Object.keys(partnerSchema.shape).map((k) => [k, partnerText])),
);
const smsSchema = z.object({ enabled: z.boolean() });
const clockSchema = z.object({ advanceMs: z.number().finite().min(0) });
const verificationSchema = z.object({
  delayMs: z.number().finite().min(0).optional(),
  numberAssignDelayMs: z.number().finite().min(0).optional(),
  outcome: z.enum(SMS_VERIFICATION_OUTCOMES).optional(),
});

const ok = (extra: Record<string, unknown> = {}): ControlAnswer => ({
  status: 200,
  body: { ok: true, ...extra },
});
const bad = (error: string, status = 400): ControlAnswer => ({ status, body: { ok: false, error } });

function parse<T>(
  schema: z.ZodType<T>,
  body: unknown,
): { ok: true; data: T } | { ok: false; answer: ControlAnswer } {
  const result = schema.safeParse(body);
  if (result.success) return { ok: true, data: result.data };
  const problems = result.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
  return { ok: false, answer: bad(problems.join('; ')) };
}

function stateView(runtime: SandboxRuntime, faults: FaultInjector): Record<string, unknown> {
  const { state } = runtime;
  const now = runtime.clock.now();
  advanceSmsNumbers(state, now);
  return {
    now: new Date(now).toISOString(),
    accounts: state.accounts,
    locations: state.locations,
    users: state.users,
    numbers: state.smsNumbers.map((n) => ({ accountId: n.accountId, ...smsNumberEntryToWire(n) })),
    partner: state.partner,
    smsEnabled: state.smsEnabled,
    clockOffsetMs: state.clockOffsetMs,
    verification: state.verification,
    sms: { sentCount: state.smsSentCount, recent: state.recentSmsSends },
    faults: faults.describe(),
  };
}

type Route = (runtime: SandboxRuntime, faults: FaultInjector, body: unknown) => ControlAnswer;

const POST_ROUTES: Record<string, Route> = {
  vendor(runtime, _faults, body) {
    const parsed = parse(vendorSchema, body);
    if (!parsed.ok) return parsed.answer;
    runtime.state.partner = partnerSchema.parse(parsed.data);
    return ok({ partner: runtime.state.partner });
  },
  sms(runtime, _faults, body) {
    const parsed = parse(smsSchema, body);
    if (!parsed.ok) return parsed.answer;
    runtime.state.smsEnabled = parsed.data.enabled;
    return ok({ enabled: parsed.data.enabled });
  },
  clock(runtime, _faults, body) {
    const parsed = parse(clockSchema, body);
    if (!parsed.ok) return parsed.answer;
    runtime.state.clockOffsetMs += parsed.data.advanceMs;
    const now = runtime.clock.now();
    advanceSmsNumbers(runtime.state, now);
    return ok({ clockOffsetMs: runtime.state.clockOffsetMs, now: new Date(now).toISOString() });
  },
  verification(runtime, _faults, body) {
    const parsed = parse(verificationSchema, body);
    if (!parsed.ok) return parsed.answer;
    // Transitions already due happen under the old settings; the new ones apply from here on.
    advanceSmsNumbers(runtime.state, runtime.clock.now());
    const v = runtime.state.verification;
    runtime.state.verification = {
      delayMs: parsed.data.delayMs ?? v.delayMs,
      numberAssignDelayMs: parsed.data.numberAssignDelayMs ?? v.numberAssignDelayMs,
      outcome: parsed.data.outcome ?? v.outcome,
    };
    advanceSmsNumbers(runtime.state, runtime.clock.now());
    return ok({ verification: runtime.state.verification });
  },
  faults(_runtime, faults, body) {
    const parsed = parse(faultsConfigSchema, body);
    if (!parsed.ok) return parsed.answer;
    faults.configure(parsed.data);
    return ok({ faults: faults.describe() });
  },
  reset(runtime, faults) {
    runtime.state = emptyState({ ...runtime.initialVerification });
    faults.clear();
    return ok();
  },
};

/** Routes one control-plane request. `route` is the path after /_sandbox/. */
export function handleControl(
  runtime: SandboxRuntime,
  faults: FaultInjector,
  httpMethod: string,
  route: string,
  body: unknown,
): ControlAnswer {
  if (route === 'state') {
    return httpMethod === 'GET' ? ok(stateView(runtime, faults)) : bad('Use GET for /_sandbox/state', 405);
  }
  const handler = Object.hasOwn(POST_ROUTES, route) ? POST_ROUTES[route] : undefined;
  if (!handler) return bad(`Unknown control-plane route: /_sandbox/${route}`, 404);
  if (httpMethod !== 'POST') return bad(`Use POST for /_sandbox/${route}`, 405);
  return handler(runtime, faults, body);
}
