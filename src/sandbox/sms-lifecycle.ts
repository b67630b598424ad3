import type { SandboxState, SmsNumber } from './state';
import { DEFAULT_SMS_NUMBER_TYPE } from './provisional';

/**
 * The SMS number lifecycle, driven by the sandbox clock:
 *   NUMBER_PENDING --numberAssignDelayMs--> PENDING (number assigned) --delayMs--> APPROVED | REJECTED.
 * Transitions are applied whenever state is read; each transition's statusDate is the moment it became due.
 */
export function advanceSmsNumbers(state: SandboxState, nowMs: number): void {
  const { numberAssignDelayMs, delayMs, outcome } = state.verification;
  for (const entry of state.smsNumbers) {
    if (entry.status === 'NUMBER_PENDING' && nowMs >= entry.statusDateMs + numberAssignDelayMs) {
      entry.number = entry.number ?? nextTollFreeNumber(state);
      entry.status = 'PENDING';
      entry.statusDateMs += numberAssignDelayMs;
    }
    if (entry.status === 'PENDING' && nowMs >= entry.statusDateMs + delayMs) {
      entry.status = outcome;
      entry.statusDateMs += delayMs;
    }
  }
}

/** Toll-free numbers from the fictional 888-555-01xx block upwards, unique within the sandbox. */
function nextTollFreeNumber(state: SandboxState): string {
  const seq = state.counters.nextNumberSeq++;
  const prefixes = ['888', '877', '866', '855', '844', '833'];
  const prefix = prefixes[Math.floor(seq / 10_000) % prefixes.length] ?? '888';
  return `${prefix}555${String(seq % 10_000).padStart(4, '0')}`;
}

/** NUMBER_PENDING: requested, no number yet (SmsSendNumberRequest). */
export function requestNumber(
  state: SandboxState,
  accountId: string,
  locationId: number,
  nowMs: number,
): SmsNumber {
  const entry: SmsNumber = {
    accountId,
    locationId,
    number: null,
    numberType: DEFAULT_SMS_NUMBER_TYPE,
    status: 'NUMBER_PENDING',
    statusDateMs: nowMs,
  };
  state.smsNumbers.push(entry);
  return entry;
}

/** PENDING: number assigned now and verification requested (first SmsSend, or a re-request after REJECTED). */
export function assignAndVerify(
  state: SandboxState,
  accountId: string,
  locationId: number,
  nowMs: number,
): SmsNumber {
  const existing = state.smsNumbers.find((n) => n.accountId === accountId && n.locationId === locationId);
  const entry = existing ?? requestNumber(state, accountId, locationId, nowMs);
  entry.number = entry.number ?? nextTollFreeNumber(state);
  entry.status = 'PENDING';
  entry.statusDateMs = nowMs;
  return entry;
}
