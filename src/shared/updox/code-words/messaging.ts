import { type CodeWords, quotedOr } from './types';

/** Contact, message and Direct codes; patient, portal, fax and miscellaneous codes (reference section 5). */
export const messagingCodeWords: Readonly<Record<number, CodeWords>> = {
  4330: () => 'This contact already exists on Updox. Open it instead of adding it again.',
  4331: () => 'This contact does not exist on Updox. Check the contact, or add it first.',
  4410: () => 'Updox could not find that message. It may have been removed; refresh and try again.',
  4420: () => 'Updox found no actions for that message. There is nothing to do.',
  4430: () => 'This type of message has no delivery receipts (MDNs) to show.',
  4610: ({ directAddress }) =>
    `The Direct address ${quotedOr(directAddress, 'you entered')} is taken. Choose another.`,
  4620: () =>
    "The Direct address does not match the account's Direct domain. Use an address in the account's Direct domain.",
  4621: () =>
    "The Direct address does not match your vendor Direct domain. Use an address in your vendor's Direct domain.",
  4630: () => 'This account has no Direct domain yet. Set the Direct domain first, then the Direct address.',
  4640: ({ directAddress }) =>
    `The Direct address ${quotedOr(directAddress, 'you entered')} is not valid. Check it and try again.`,
  4641: () => 'The sending user has no Direct address. Give the user a Direct address first.',
  4642: () =>
    'Updox needs identity verification before this can be sent. Complete it in Updox, then try again.',
  4650: () => 'Updox could not send the message. Try again later.',
  4651: () =>
    'Updox could not send the message; the Direct address may not be valid. Check it and try again.',
  4652: () => 'The message needs a sender or patient details. Add one and try again.',
  4730: () => 'This patient already has an account on Updox. Open it instead of adding it again.',
  4731: () => 'This patient account does not exist on Updox. Check the patient, or create the account first.',
  4830: () => 'This patient already has a portal account.',
  4831: () => 'This patient has no portal account. Invite them to the portal first.',
  4832: () => 'This patient opted out of portal messages. Reach them another way.',
  4930: () => 'Updox found no fax with this ID. Check the fax ID.',
  4931: () => 'Updox found no bulk faxes with this bulk fax ID. Check the ID.',
  4932: () => 'That fax number is not available. Choose another.',
  4933: () => 'The fax number is not valid. Enter 10 digits.',
  4960: () => 'Updox could not find the image. Check that it was uploaded and try again.',
  6210: () => 'Updox needs at least one value. Fill in at least one field.',
  6212: () => 'Updox needs at least one ID. Select at least one item.',
  6213: () => 'Updox has no record with that ID. Refresh and try again.',
  9010: () => 'A date is not in the form Updox expects. Enter it as YYYY-MM-DD.',
};
