import type { z } from 'zod';
import {
  describeUpdoxCode,
  type UpdoxCodeContext,
  updoxCodeField,
  updoxCodeKind,
} from '../../shared/updox/codes';
import type { HttpAnswer } from './transport';
import { unexpectedForm, UpdoxError } from './updox-error';
import { type FieldNaming, parseValidationMessage } from './validation-message';
import { type Envelope, envelopeSchema } from './wire/primitives';

export interface AnswerSpec<T> {
  method: string;
  response: z.ZodType<T>;
  naming?: FieldNaming;
  context?: UpdoxCodeContext;
}

/** Turns an HTTP answer into the method's data, or throws the UpdoxError it amounts to. */
export function readAnswer<T>(spec: AnswerSpec<T>, answer: HttpAnswer): { data: T; responseCode: number } {
  const { status, json } = answer;
  if (status >= 500) {
    throw new UpdoxError({
      kind: 'network',
      method: spec.method,
      httpStatus: status,
      message: `Updox is having trouble right now (HTTP ${status}). Try again in a few minutes.`,
    });
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) throw unexpectedForm(spec.method, status, envelope.error);
  const { responseCode, successful } = envelope.data;
  if (responseCode !== 2000) throw updoxCodeError(spec, envelope.data, status);
  if (!successful || status < 200 || status > 299) throw unexpectedForm(spec.method, status);
  const data = spec.response.safeParse(json);
  if (!data.success) throw unexpectedForm(spec.method, status, data.error);
  return { data: data.data, responseCode };
}

/** The UpdoxError for a responseCode other than 2000, in words a person can act on. */
function updoxCodeError(spec: AnswerSpec<unknown>, envelope: Envelope, httpStatus?: number): UpdoxError {
  const { responseCode: code, responseMessage: updoxMessage } = envelope;
  let message = describeUpdoxCode(code, updoxMessage, { method: spec.method, ...spec.context });
  let fields: Record<string, string> | undefined;
  const parsed = code === 4060 && spec.naming ? parseValidationMessage(updoxMessage, spec.naming) : undefined;
  if (parsed) {
    message = parsed.message;
    fields = parsed.fields;
  } else {
    const field = updoxCodeField(code);
    if (field !== undefined) fields = { [field]: message };
  }
  return new UpdoxError({
    kind: updoxCodeKind(code),
    code,
    message,
    method: spec.method,
    updoxMessage,
    ...(fields ? { fields } : {}),
    ...(httpStatus === undefined ? {} : { httpStatus }),
  });
}
