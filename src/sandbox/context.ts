import type { SandboxClock } from './clock';
import type { RequestAuth, RequestBody } from './protocol';
import type { Account, SandboxState, User, VerificationSettings } from './state';
import type { UpdatedRecords } from './store';

export interface VendorCredentials {
  applicationId: string;
  applicationPassword: string;
}

/** The running sandbox as method handlers and the control plane see it. `state` is replaced on reset. */
export interface SandboxRuntime {
  state: SandboxState;
  readonly credentials: VendorCredentials;
  readonly clock: SandboxClock;
  /** Verification settings a reset goes back to (the start options). */
  readonly initialVerification: VerificationSettings;
  /** Records the current call changed in place: a method that Object.assigns a found record adds it here. */
  readonly updated: UpdatedRecords;
}

export type AuthLevel = 'none' | 'application' | 'account' | 'full';

/** One Updox IO call after auth passed. `account` is set for account and full auth; `user` for full auth. */
export interface MethodCall {
  runtime: SandboxRuntime;
  auth: RequestAuth;
  body: RequestBody;
  /** '' for the un-versioned path, '1.1' for `/<Method>/1.1`. */
  version: string;
  account: Account | null;
  user: User | null;
}
