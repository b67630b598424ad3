/**
 * PROVISIONAL wire names.
 *
 * The public record does not show these names (reference section 7 "Open questions", section 8 "Provisional
 * shapes"). The project uses exactly these until Updox's own documentation is at hand; every one of them lives
 * in this module so that one edit changes the sandbox everywhere.
 */

/** PROVISIONAL: the keys of the Practice /1.1 fields ("Website URL", "Alternative Website URL", country code). */
export const PRACTICE_V11_KEYS = {
  websiteUrl: 'websiteUrl',
  alternativeWebsiteUrl: 'alternativeWebsiteUrl',
  countryCode: 'countryCode',
} as const;

/** PROVISIONAL: the versioned path suffix that enables the /1.1 practice fields. */
export const PRACTICE_V11_VERSION = '1.1';

/** PROVISIONAL: country code stored when none is given. */
export const DEFAULT_COUNTRY_CODE = 'US';

/** PROVISIONAL: SMS method names. (SmsSend and SmsSendNumberList are documented; SmsSendNumberRequest is not.) */
export const SMS_METHODS = {
  numberList: 'SmsSendNumberList',
  numberRequest: 'SmsSendNumberRequest',
  send: 'SmsSend',
} as const;

/** PROVISIONAL: SmsSend and SmsSendNumberRequest request keys. */
export const SMS_REQUEST_KEYS = {
  to: 'to',
  message: 'message',
  locationId: 'locationId',
  secure: 'secure',
} as const;

/** PROVISIONAL: SMS response keys. */
export const SMS_RESPONSE_KEYS = {
  numbers: 'numbers',
  number: 'number',
  messageId: 'messageId',
} as const;

/** PROVISIONAL: SmsSendNumberList entry status values. */
export const SMS_NUMBER_STATUSES = ['NUMBER_PENDING', 'PENDING', 'APPROVED', 'REJECTED'] as const;
export type SmsNumberStatus = (typeof SMS_NUMBER_STATUSES)[number];

/** PROVISIONAL: verification outcomes the control plane can choose (the end states of the lifecycle). */
export const SMS_VERIFICATION_OUTCOMES = ['APPROVED', 'REJECTED'] as const;
export type SmsVerificationOutcome = (typeof SMS_VERIFICATION_OUTCOMES)[number];

/** PROVISIONAL: number types. Updox's documented default for SMS products is toll-free. */
export const SMS_NUMBER_TYPES = ['TOLL_FREE', '10DLC'] as const;
export type SmsNumberType = (typeof SMS_NUMBER_TYPES)[number];
export const DEFAULT_SMS_NUMBER_TYPE: SmsNumberType = 'TOLL_FREE';

/** PROVISIONAL: longest SmsSend message, in characters. */
export const SMS_MESSAGE_MAX_CHARS = 1600;

/** PROVISIONAL: one SmsSendNumberList / SmsSendNumberRequest entry as it goes on the wire. */
export function smsNumberEntryToWire(entry: {
  locationId: number;
  number: string | null;
  numberType: SmsNumberType;
  status: SmsNumberStatus;
  statusDateMs: number;
}): Record<string, unknown> {
  return {
    locationId: entry.locationId,
    number: entry.number,
    numberType: entry.numberType,
    status: entry.status,
    statusDate: new Date(entry.statusDateMs).toISOString(),
  };
}
