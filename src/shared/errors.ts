import { z } from 'zod';

/**
 * How an error crosses every boundary (main to renderer, web host to browser): as data, never as a thrown
 * object or a stack trace. `code` is the Updox responseCode when Updox gave one.
 */
export const errorKinds = [
  'validation', // the input broke a rule; `fields` names each field and the rule
  'updox', // Updox answered with a non-2000 responseCode that is not one of the kinds below
  'auth', // 4010 / 4011 / 4012 / 4014: credentials are wrong, missing, or the account/user is inactive
  'network', // Updox could not be reached (DNS, refused, reset, offline)
  'timeout', // Updox did not answer in time
  'unexpected-response', // Updox answered in a form this app does not understand
  'not-found', // a local thing (draft, outbox item, environment) does not exist
  'conflict', // a local state conflict (e.g. a stale draft revision)
  'storage', // a local file could not be read or written
  'forbidden', // the caller is not allowed (wrong sender, production write not confirmed)
  'internal', // a bug: said plainly, details only in the log
] as const;

export type ErrorKind = (typeof errorKinds)[number];

export const appErrorDataSchema = z.object({
  kind: z.enum(errorKinds),
  code: z.number().int().optional(),
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
});

export type AppErrorData = z.infer<typeof appErrorDataSchema>;

export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly code: number | undefined;
  readonly fields: Record<string, string> | undefined;

  constructor(data: AppErrorData, options?: { cause?: unknown }) {
    super(data.message, options);
    this.name = 'AppError';
    this.kind = data.kind;
    this.code = data.code;
    this.fields = data.fields;
  }

  toData(): AppErrorData {
    const data: AppErrorData = { kind: this.kind, message: this.message };
    if (this.code !== undefined) data.code = this.code;
    if (this.fields !== undefined) data.fields = this.fields;
    return data;
  }
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorData };
