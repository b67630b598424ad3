import { type CodeWords, quotedOr, valueOr } from './types';

const withId = (id: string | undefined): string => {
  const value = valueOr(id, '');
  return value === '' ? 'this ID' : `ID ${value}`;
};

/** Practice ("account") and user codes (reference section 5). */
export const accountCodeWords: Readonly<Record<number, CodeWords>> = {
  4110: () => 'Updox needs an Account ID for this practice. Enter an Account ID and try again.',
  4130: ({ accountId }) =>
    `An account with ${withId(accountId)} already exists. Open it to review an update instead?`,
  4131: ({ accountId }) =>
    `No account with ${withId(accountId)} exists on Updox. Check the Account ID, or create the practice instead.`,
  4132: () =>
    'This account already has an Account ID on Updox, and it cannot be changed. Keep the existing Account ID.',
  4140: ({ websiteAddress }) =>
    `The portal web address ${quotedOr(websiteAddress, 'you entered')} is taken. Choose another.`,
  4150: ({ directDomain }) =>
    `The Direct domain ${quotedOr(directDomain, 'you entered')} is taken. Choose another.`,
  4160: ({ directDomain }) =>
    `The Direct domain ${quotedOr(directDomain, 'you entered')} is not valid. Check its spelling and try again.`,
  4161: ({ websiteAddress }) =>
    `The portal web address ${quotedOr(websiteAddress, 'you entered')} is not valid. Enter a short name (for example sunrise, which becomes sunrise.myupdox.com).`,
  4162: () => 'The IP address is not valid. Check it and try again.',
  4163: ({ directDomain }) =>
    `The Direct domain ${quotedOr(directDomain, 'you entered')} is not available. Choose another.`,
  4165: () => 'The port is not valid. Enter a number from 1 to 65535.',
  4210: () => 'Updox needs a User ID. Enter a User ID and try again.',
  4230: ({ userId }) =>
    `A user with ${withId(userId)} already exists in this account. Open it to update it instead.`,
  4231: ({ userId }) =>
    `No user with ${withId(userId)} exists in this account. Check the User ID, or add the user.`,
  4232: () => 'Updox needs a password for this user. Enter a password.',
  4233: () =>
    'The password does not meet Updox rules: 8 to 30 characters, with an upper-case letter, a lower-case letter, and a number or symbol. Choose another password.',
  4240: () =>
    'Updox has no such user; practice accounts are managed as practices, not as users. Use the practice screens instead.',
  4241: () =>
    "User IDs starting with '@' are reserved by Updox. Choose a User ID that does not start with '@'.",
  4250: () => "The user's date of birth is not valid. Enter it as YYYY-MM-DD.",
  4251: () => 'The NPI is not valid. Enter the 10-digit NPI.',
  4252: () => 'The provider taxonomy code is not valid. Check it and try again.',
};
