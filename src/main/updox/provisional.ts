/**
 * PROVISIONAL WIRE NAMES. The public record (reference section 7) does not give these; this project uses the shapes of
 * reference section 8 until Updox's own documentation is at hand. Every provisional name the client uses is in this
 * one module, so one edit changes them everywhere. A real Updox that answers differently gets a clear
 * 'unexpected-response' AppError from the client, never a crash or a wrong status.
 */
import { z } from 'zod';
import type { SmsNumber, SmsNumberStatus, SmsNumberType, SmsSendInput } from './types';
import { wireInt } from './wire/primitives';

/** The /1.1 practice fields' keys are marked provisional in the practice field table (shared/domain/fields). */

/** PROVISIONAL: SmsSendNumberRequest is this project's name for "request a number for a location". */
export const smsMethods = {
  numberList: 'SmsSendNumberList',
  numberRequest: 'SmsSendNumberRequest',
  send: 'SmsSend',
} as const;

/** PROVISIONAL: the number types and statuses of SmsSendNumberList entries, mapped to the app's words. */
const numberTypes: Readonly<Record<string, SmsNumberType>> = { TOLL_FREE: 'toll-free', '10DLC': '10dlc' };
const numberStatuses: Readonly<Record<string, SmsNumberStatus>> = {
  NUMBER_PENDING: 'number-pending',
  PENDING: 'pending',
  APPROVED: 'approved',
  REJECTED: 'rejected',
};

const oneOf = <T>(table: Readonly<Record<string, T>>) =>
  z
    .string()
    .refine((v) => Object.hasOwn(table, v), 'not a known value')
    .transform((v) => table[v] as T);

/** PROVISIONAL: one entry of SmsSendNumberList `numbers` / SmsSendNumberRequest `number`. */
const numberEntrySchema = z
  .object({
    locationId: wireInt,
    number: z
      .string()
      .regex(/^\d{10}$/)
      .nullable(),
    numberType: oneOf(numberTypes),
    status: oneOf(numberStatuses),
    statusDate: z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'not a date'),
  })
  .transform((e): SmsNumber => ({ ...e }));

/** PROVISIONAL response keys. */
export const smsNumberListSchema = z
  .object({ numbers: z.array(numberEntrySchema) })
  .transform((r) => r.numbers);
export const smsNumberRequestSchema = z.object({ number: numberEntrySchema }).transform((r) => r.number);
export const smsSendResponseSchema = z
  .object({ messageId: z.union([z.string(), z.number()]).nullish() })
  .transform((r) => ({
    messageId: r.messageId === null || r.messageId === undefined ? null : String(r.messageId),
  }));

/** PROVISIONAL request keys. */
export const smsNumberRequestBody = (locationId: number): Record<string, unknown> => ({ locationId });

export function smsSendBody(input: SmsSendInput): Record<string, unknown> {
  const body: Record<string, unknown> = { to: input.to, message: input.message };
  if (input.locationId !== undefined) body.locationId = input.locationId;
  if (input.secure !== undefined) body.secure = input.secure;
  return body;
}

/** PROVISIONAL: the wire field names of SMS requests, as Updox names them in a 4060 message, to app field names. */
export const smsWireFields: Readonly<Record<string, string>> = {
  to: 'to',
  message: 'message',
  locationId: 'locationId',
};
