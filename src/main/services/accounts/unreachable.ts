import { AppError } from '../../../shared/errors';

const unreachableKinds: ReadonlySet<string> = new Set(['network', 'timeout', 'unexpected-response']);

/**
 * Whether a failed Updox call means "Updox could not be reached" (no connection, no answer in time, an answer
 * that was not Updox's: a proxy page, an HTTP 5xx) rather than an answer from Updox (wrong credentials, a code).
 * Only then is the copy on disk shown instead.
 */
export const isUnreachable = (error: unknown): error is AppError => {
  if (!(error instanceof AppError)) return false;
  if (unreachableKinds.has(error.kind)) return true;
  return error.kind === 'updox' && error.code !== undefined && error.code >= 5000 && error.code < 6000;
};
