import type { UpdoxError } from './updox-error';

export type UpdoxTraceOutcome = 'ok' | 'updox-error' | 'network' | 'timeout' | 'unexpected';

/**
 * One Updox call attempt, for the log and the audit trail. Never carries credentials, message bodies or phone
 * numbers: only what is listed here.
 */
export interface UpdoxTrace {
  method: string;
  version?: '1.1';
  environmentId: string;
  accountId?: string;
  responseCode?: number;
  httpStatus?: number;
  durationMs: number;
  outcome: UpdoxTraceOutcome;
  /** 1 for the first attempt, 2 for the first retry, ... */
  attempt: number;
  /** ISO-8601 UTC time the attempt started. */
  at: string;
}

export type TraceSink = (trace: UpdoxTrace) => void;

export function traceOutcome(error: UpdoxError): UpdoxTraceOutcome {
  switch (error.kind) {
    case 'timeout':
      return 'timeout';
    case 'network':
      return 'network';
    case 'updox':
    case 'auth':
      return 'updox-error';
    default:
      return 'unexpected';
  }
}

/** Delivers a trace without letting a failing sink break the call. */
export function emitTrace(sink: TraceSink | undefined, trace: UpdoxTrace): void {
  if (!sink) return;
  try {
    sink(trace);
  } catch {
    // The trace is a record of the call, not part of it.
  }
}
