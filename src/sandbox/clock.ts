/** The sandbox clock: real time plus an offset that the control plane can only move forward. */
export interface SandboxClock {
  now(): number;
}

export function createClock(getOffsetMs: () => number, realNow: () => number = Date.now): SandboxClock {
  return { now: () => realNow() + getOffsetMs() };
}
