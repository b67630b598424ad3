import { AppError } from '../../shared/errors';
import { UpdoxError } from './updox-error';

/**
 * The rules that read a failed Updox call, each decided here once. Services ask these; none looks at kinds or
 * codes itself.
 */

const unreachableKinds: ReadonlySet<string> = new Set(['network', 'timeout', 'unexpected-response']);

/**
 * "Updox could not be reached": no connection, no answer in time, an answer that was not Updox's (a proxy page,
 * an HTTP 5xx) or an Updox 5xxx, rather than an answer from Updox (wrong credentials, a code). This is what the
 * top bar reports as unreachable and what makes a screen show its copy on disk instead.
 */
export const isUnreachable = (error: unknown): error is AppError => {
  if (!(error instanceof AppError)) return false;
  if (unreachableKinds.has(error.kind)) return true;
  return error.kind === 'updox' && error.code !== undefined && error.code >= 5000 && error.code < 6000;
};

/**
 * Whether a step may simply be sent again later (queued, not failed): network trouble, a timeout, an HTTP 5xx or
 * an Updox 5xxx. An answer in a broken form is unreachable but not transient: what it did is unknown.
 */
export const isTransient = (error: unknown): error is AppError =>
  error instanceof UpdoxError
    ? error.transient
    : error instanceof AppError && (error.kind === 'network' || error.kind === 'timeout');

/**
 * The PracticeGet codes that mean "there is no such account". 4131 ("Account does not exist") is the documented
 * answer (updox-api.md, PracticeUpdate and the code table). 4011 ("practice does not exist or is inactive") is in
 * the General Error Set every method may return, and Updox answers it when it checks the account a request names
 * (updox-api.md section 6, item 2); PracticeGet names one. PracticeGet itself returns an inactive account with
 * `active: false`, so a 4011 there can only mean the account is missing (or unusable as if missing). Counting
 * both is the safe reading everywhere it is used: a create still meets 4130 if the account exists after all, an
 * availability hint is checked again on submit, and an edit of an account Updox will not show cannot go on.
 */
const accountAbsentCodes: ReadonlySet<number> = new Set([4131, 4011]);

/** Whether PracticeGet (or another account read) answered "no such account". */
export const isAccountAbsent = (error: unknown): error is UpdoxError =>
  error instanceof UpdoxError && error.code !== undefined && accountAbsentCodes.has(error.code);
