import { createHash, timingSafeEqual } from 'node:crypto';
import { CODES } from './codes';
import type { AuthLevel, SandboxRuntime } from './context';
import { errorReply, type Reply, type RequestAuth } from './protocol';
import type { Account, User } from './state';
import { findAccount, findUser } from './lookups';

export type AuthOutcome =
  { ok: true; account: Account | null; user: User | null } | { ok: false; reply: Reply };

const digest = (v: string): Buffer => createHash('sha256').update(v, 'utf8').digest();
const sameSecret = (a: string, b: string): boolean => timingSafeEqual(digest(a), digest(b));

/**
 * Checks auth in Updox's order: application credentials (4010), then the account (4011: missing or inactive),
 * then the user under that account (4012: missing or inactive). An inactive account looks exactly like a
 * missing one.
 */
export function authenticate(runtime: SandboxRuntime, level: AuthLevel, auth: RequestAuth): AuthOutcome {
  if (level === 'none') return { ok: true, account: null, user: null };
  const { applicationId, applicationPassword } = runtime.credentials;
  const appOk =
    sameSecret(auth.applicationId, applicationId) &&
    sameSecret(auth.applicationPassword, applicationPassword);
  if (!appOk) return { ok: false, reply: errorReply(CODES.unauthorized) };
  if (level === 'application') return { ok: true, account: null, user: null };

  const account = auth.accountId === '' ? undefined : findAccount(runtime.state, auth.accountId);
  if (!account || !account.active) return { ok: false, reply: errorReply(CODES.practiceUnauthorized) };
  if (level === 'account') return { ok: true, account, user: null };

  const user = auth.userId === '' ? undefined : findUser(runtime.state, account.accountId, auth.userId);
  if (!user || !user.active) return { ok: false, reply: errorReply(CODES.userUnauthorized) };
  return { ok: true, account, user };
}
