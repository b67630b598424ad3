import { AppError, type AppErrorData } from '../../shared/errors';

export interface UpdoxErrorData extends AppErrorData {
  /** The Updox method that was called, e.g. "PracticeCreate". */
  method: string;
  /** Updox's own responseMessage, when Updox answered with one. */
  updoxMessage?: string;
  /** The HTTP status, when there was an HTTP answer. */
  httpStatus?: number;
}

/**
 * An AppError from an Updox call. `method` and `updoxMessage` stay in main (for the log and the audit trail);
 * `toData()` is what crosses to the renderer.
 */
export class UpdoxError extends AppError {
  readonly method: string;
  readonly updoxMessage: string | undefined;
  readonly httpStatus: number | undefined;

  constructor(data: UpdoxErrorData, options?: { cause?: unknown }) {
    const { method, updoxMessage, httpStatus, ...appData } = data;
    super(appData, options);
    this.name = 'UpdoxError';
    this.method = method;
    this.updoxMessage = updoxMessage;
    this.httpStatus = httpStatus;
  }

  /**
   * Network trouble, a timeout, an HTTP 5xx or an Updox 5xxx: Updox may or may not have handled the request, and it
   * may be repeated if repeating it is safe.
   */
  get transient(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    return this.kind === 'updox' && this.code !== undefined && this.code >= 5000 && this.code < 6000;
  }

  /**
   * Whether Updox may have acted on the request although no usable answer came back: the transient cases, and an
   * answer in a broken form (Updox received the request, then its answer was cut or garbled). A write in this state
   * is never repeated blind: it is reconciled (PracticeCreate) or reported as "cannot tell" (SmsSend).
   */
  get outcomeUnknown(): boolean {
    return this.transient || this.kind === 'unexpected-response';
  }
}

export const unexpectedForm = (method: string, httpStatus?: number, cause?: unknown): UpdoxError =>
  new UpdoxError(
    {
      kind: 'unexpected-response',
      message: `This Updox environment answered ${method} in an unexpected form.`,
      method,
      ...(httpStatus === undefined ? {} : { httpStatus }),
    },
    { cause },
  );
