import type { Caller } from '../caller';
import {
  smsMethods,
  smsNumberListSchema,
  smsNumberRequestBody,
  smsNumberRequestSchema,
  smsSendBody,
  smsSendResponseSchema,
  smsWireFields,
} from '../provisional';
import type { SmsNumber, SmsSendInput, SmsSendResult } from '../types';
import { UpdoxError } from '../updox-error';
import type { FieldNaming } from '../validation-message';

const naming: FieldNaming = { wireToApp: smsWireFields, subject: 'sms' };

/**
 * SmsSend and SmsSendNumberRequest are never repeated automatically. When their answer is lost, say so plainly:
 * Updox may have acted on the request.
 */
async function once<T>(run: () => Promise<T>, whatMayHaveHappened: string): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof UpdoxError) || !error.outcomeUnknown) throw error;
    const why =
      error.kind === 'timeout' ? 'Updox did not answer in time' : 'Updox did not give a usable answer';
    throw new UpdoxError(
      {
        kind: error.kind,
        method: error.method,
        message: `${why}, so we cannot tell whether ${whatMayHaveHappened}`,
        ...(error.code === undefined ? {} : { code: error.code }),
        ...(error.httpStatus === undefined ? {} : { httpStatus: error.httpStatus }),
        ...(error.updoxMessage === undefined ? {} : { updoxMessage: error.updoxMessage }),
      },
      { cause: error },
    );
  }
}

export function smsClientMethods(call: Caller) {
  return {
    /** The numbers requested or assigned for the account's locations. A location with no entry has no number. */
    smsSendNumberList: (accountId: string): Promise<SmsNumber[]> =>
      call({
        method: smsMethods.numberList,
        auth: 'account',
        accountId,
        response: smsNumberListSchema,
        retry: true,
        context: { accountId },
      }),

    /** Requests a number (and its verification) for a location. Never repeated automatically. */
    smsSendNumberRequest: (accountId: string, locationId: number): Promise<SmsNumber> =>
      once(
        () =>
          call({
            method: smsMethods.numberRequest,
            auth: 'account',
            accountId,
            body: smsNumberRequestBody(locationId),
            response: smsNumberRequestSchema,
            retry: false,
            naming,
            context: { accountId },
          }),
        'the number was requested. Refresh the SMS numbers before asking again.',
      ),

    /** Sends one SMS. Never repeated automatically. */
    smsSend: (accountId: string, input: SmsSendInput): Promise<SmsSendResult> =>
      once(
        () =>
          call({
            method: smsMethods.send,
            auth: 'account',
            accountId,
            body: smsSendBody(input),
            response: smsSendResponseSchema,
            retry: false,
            naming,
            context: { accountId },
          }),
        'the text was sent. Check with the recipient before sending it again.',
      ),
  };
}
