import { type CodeWords, updoxSaid } from './types';

const SMS_NOT_ENABLED =
  'SMS is not enabled for your Updox credentials. Ask your Updox account manager to enable it.';

const isSmsMethod = (method: string | undefined): boolean =>
  method === undefined || method.toLowerCase().startsWith('sms');

const recipientTypeWords =
  (type: string): CodeWords =>
  () =>
    `This can only be sent to a ${type} recipient. Choose a ${type} recipient and try again.`;

const serverTrouble: CodeWords = ({ code }) =>
  `Updox had an internal problem (code ${code}). Try again in a few minutes; if it keeps happening, contact Updox support.`;

/** The General Error Set, the other general codes, and the SMS codes (reference section 5). */
export const generalCodeWords: Readonly<Record<number, CodeWords>> = {
  2000: () => 'Updox accepted the request.',
  4000: ({ updoxMessage }) =>
    `Updox could not understand the request (${updoxSaid(updoxMessage) || 'Bad Request'}). Check the values entered and try again; if it keeps happening, report it with the time it happened.`,
  4010: () =>
    'Updox did not accept the vendor credentials (Unauthorized). Check the application ID and password in Settings.',
  4011: ({ accountId }) =>
    accountId
      ? `Updox says account ${accountId} does not exist or is inactive. Check the Account ID; if the account was deactivated, open it and save it as Active.`
      : 'Updox says this account does not exist or is inactive. Check the Account ID; if the account was deactivated, open it and save it as Active.',
  4012: ({ userId }) =>
    userId
      ? `Updox says user ${userId} does not exist or is inactive. Check the User ID; if the user was deactivated, save the user as Active.`
      : 'Updox says this user does not exist or is inactive. Check the User ID; if the user was deactivated, save the user as Active.',
  4013: () => 'Updox found no sign-in token for this request. Sign in again and retry.',
  4014: () =>
    'Updox refused access for these credentials (Unauthorized). Check the application ID and password in Settings.',
  4015: ({ method }) =>
    isSmsMethod(method)
      ? SMS_NOT_ENABLED
      : `${method} is not enabled for your Updox credentials. Ask your Updox account manager to enable it.`,
  4020: () => 'Updox refused the request because it is too large. Send fewer items at a time.',
  4021: () => 'Updox could not read a date in the request. Enter dates as YYYY-MM-DD.',
  4035: () =>
    "Verification requested for this number. It usually takes 2 to 3 business days; we'll tell you when it's approved.",
  4039: () => 'Updox needs more business information before it can verify a number for this practice.',
  4060: ({ updoxMessage }) =>
    `Updox did not accept some values: ${updoxSaid(updoxMessage) || 'no details given'}. Fix them and try again.`,
  4070: () => 'Updox says the recipient is not valid. Check who the message is for and try again.',
  4071: () => 'Updox could not find the recipient. Check who the message is for and try again.',
  4072: recipientTypeWords('patient'),
  4073: recipientTypeWords('contact'),
  4074: recipientTypeWords('portal'),
  4075: recipientTypeWords('Direct'),
  4076: recipientTypeWords('email'),
  4077: recipientTypeWords('fax'),
  4080: () => 'The recipient cannot receive messages. Reach them another way.',
  5000: serverTrouble,
  5100: serverTrouble,
  5110: serverTrouble,
};
