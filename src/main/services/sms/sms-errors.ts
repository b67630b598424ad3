import { AppError } from '../../../shared/errors';
import { UpdoxError } from '../../updox/updox-error';

const refusedCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

/** The first error code (ECONNREFUSED...) in an error's cause chain. */
const causeCode = (error: unknown): string | undefined => {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current instanceof Error; depth++) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = current.cause;
  }
  return undefined;
};

/** True when the request never reached Updox (so it certainly did nothing). */
const neverReachedUpdox = (error: unknown): boolean =>
  error instanceof UpdoxError && error.kind === 'network' && refusedCodes.has(causeCode(error) ?? '');

/** A failed SmsSend in words: not sent (never reached Updox), or the client's own "cannot tell" words. */
export const sendFailure = (error: unknown): unknown => {
  if (neverReachedUpdox(error)) {
    return new AppError({
      kind: 'network',
      message:
        'The text was not sent: Updox could not be reached. Nothing is retried on its own; your message is kept, so send it again when you are back online.',
    });
  }
  return error;
};

/**
 * A failed SmsSendNumberRequest in words. An Updox without the (provisional) method answers HTTP 404: the
 * number has to be requested in the Partner Portal instead.
 */
export const requestNumberFailure = (error: unknown): unknown => {
  if (error instanceof UpdoxError && error.httpStatus === 404) {
    return new AppError({
      kind: 'updox',
      ...(error.code === undefined ? {} : { code: error.code }),
      message:
        "This Updox environment does not take number requests through its API. Request the number in the Updox Partner Portal (the account's SMS Numbers), then check again here.",
    });
  }
  if (neverReachedUpdox(error)) {
    return new AppError({
      kind: 'network',
      message: 'No number was requested: Updox could not be reached. Try again when you are back online.',
    });
  }
  return error;
};
