import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClock } from './clock';
import type { SandboxRuntime, VendorCredentials } from './context';
import { API_PATH_PREFIX, SANDBOX_APPLICATION_ID, SANDBOX_APPLICATION_PASSWORD } from './defaults';
import { FaultInjector } from './faults';
import { TimerSet } from './http-io';
import type { ControlAnswer } from './control-plane';
import { createRequestListener, runControl, type ServerDeps } from './server';
import { emptyState, type SandboxState, type VerificationSettings } from './state';
import { fileStore, memoryStore, noUpdatedRecords } from './store';

export { SANDBOX_APPLICATION_ID, SANDBOX_APPLICATION_PASSWORD } from './defaults';
export { isLoopbackAddress } from './loopback';

export interface StartSandboxOptions {
  /** 0 (default) = a free port. Always bound on 127.0.0.1. */
  port?: number;
  /** JSON state file; absent = in-memory state. */
  dataFile?: string;
  appId?: string;
  appPassword?: string;
  /** PENDING -> APPROVED/REJECTED delay (sandbox clock). Overrides the data file's setting when given. */
  verificationDelayMs?: number;
  /** NUMBER_PENDING -> PENDING delay (sandbox clock). Overrides the data file's setting when given. */
  numberAssignDelayMs?: number;
  /** Where warnings go (a corrupt data file, a failed save). Default: stderr. */
  log?: (line: string) => void;
  /** Journal size that starts a background compaction, at least (default 1 MiB; tests use less). */
  compactJournalBytes?: number;
  /** Also log one line per Updox call (method and responseCode only). Default false. */
  logRequests?: boolean;
}

export interface RunningSandbox {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** `${origin}/api/io/` */
  apiBase: string;
  port: number;
  credentials: VendorCredentials;
  /**
   * The control plane in process, for the app that embeds the sandbox: the same routes and answers as
   * `${origin}/_sandbox/<route>` (GET state; POST vendor, sms, clock, verification, faults, reset).
   */
  control(httpMethod: 'GET' | 'POST', route: string, body?: unknown): ControlAnswer;
  close(): Promise<void>;
}

const stderrLog = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** Starts the embedded Updox sandbox. */
export async function startSandbox(opts: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const log = opts.log ?? stderrLog;
  const store = opts.dataFile ? fileStore(opts.dataFile, log, opts.compactJournalBytes) : memoryStore();
  const loaded: SandboxState | null = store.load();
  const base = loaded ?? emptyState();
  const verification: VerificationSettings = {
    ...base.verification,
    ...(opts.verificationDelayMs !== undefined ? { delayMs: opts.verificationDelayMs } : {}),
    ...(opts.numberAssignDelayMs !== undefined ? { numberAssignDelayMs: opts.numberAssignDelayMs } : {}),
  };
  const state: SandboxState = { ...base, verification };
  const credentials: VendorCredentials = {
    applicationId: opts.appId ?? SANDBOX_APPLICATION_ID,
    applicationPassword: opts.appPassword ?? SANDBOX_APPLICATION_PASSWORD,
  };
  const runtime: SandboxRuntime = {
    state,
    credentials,
    clock: createClock(() => runtime.state.clockOffsetMs),
    initialVerification: { ...verification },
    updated: noUpdatedRecords(),
  };
  const faults = new FaultInjector();
  const timers = new TimerSet();
  const deps: ServerDeps = { runtime, faults, store, timers, log, logRequests: opts.logRequests ?? false };
  const listener = createRequestListener(deps);
  const server = createServer(listener);
  const port = await listen(server, opts.port ?? 0);
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    apiBase: `${origin}${API_PATH_PREFIX}`,
    port,
    credentials: { ...credentials },
    control: (httpMethod, route, body = {}) => runControl(deps, httpMethod, route, body),
    close: async () => {
      await closeServer(server, timers);
      await store.close();
    },
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server, timers: TimerSet): Promise<void> {
  timers.clearAll();
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
