import { z } from 'zod';
import { CODES, MESSAGES } from './codes';

/** What a method handler answers: a responseCode, an optional message, and method data at the top level. */
export interface Reply {
  code: number;
  message?: string;
  data?: Record<string, unknown>;
}

export const okReply = (data?: Record<string, unknown>): Reply =>
  data ? { code: CODES.ok, data } : { code: CODES.ok };

export const errorReply = (code: number, message?: string): Reply =>
  message === undefined ? { code } : { code, message };

/** 4060 with every problem as `<wireField>: <rule>` joined by "; ". */
export const validationReply = (problems: readonly string[]): Reply =>
  errorReply(CODES.validation, problems.join('; '));

/** The Updox response envelope: `{successful, responseMessage, responseCode}` plus the method data. */
export function toEnvelope(reply: Reply): Record<string, unknown> {
  return {
    ...reply.data,
    successful: reply.code === CODES.ok,
    responseMessage: reply.message ?? MESSAGES[reply.code] ?? 'Error',
    responseCode: reply.code,
  };
}

/** Body of a non-protocol HTTP error (400, 404, 405, 413): still the envelope, so clients can read it. */
export const httpErrorBody = (code: number, message: string): Record<string, unknown> => ({
  successful: false,
  responseCode: code,
  responseMessage: message,
});

/** Auth values: anything that is not a string counts as empty (and so never matches). */
const authValue = z.optional(z.unknown()).transform((v) => (typeof v === 'string' ? v : ''));

const authSchema = z.object({
  applicationId: authValue,
  applicationPassword: authValue,
  accountId: authValue,
  userId: authValue,
});

export type RequestAuth = z.infer<typeof authSchema>;

const bodySchema = z.record(z.string(), z.unknown());

export type RequestBody = Record<string, unknown>;

export interface ParsedRequest {
  auth: RequestAuth;
  body: RequestBody;
}

/** Splits a decoded JSON body into `auth` and the method fields. Null when the body is not a JSON object. */
export function parseRequest(json: unknown): ParsedRequest | null {
  const body = bodySchema.safeParse(json === undefined ? {} : json);
  if (!body.success || Array.isArray(json)) return null;
  const rawAuth = body.data['auth'];
  const auth = authSchema.parse(
    rawAuth !== null && typeof rawAuth === 'object' && !Array.isArray(rawAuth) ? rawAuth : {},
  );
  return { auth, body: body.data };
}
