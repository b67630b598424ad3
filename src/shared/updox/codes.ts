import type { ErrorKind } from '../errors';
import { accountCodeWords } from './code-words/account';
import { generalCodeWords } from './code-words/general';
import { messagingCodeWords } from './code-words/messaging';
import { type CodeWords, type UpdoxCodeContext, updoxSaid } from './code-words/types';

export type { UpdoxCodeContext } from './code-words/types';

const codeWords: Readonly<Record<number, CodeWords>> = {
  ...generalCodeWords,
  ...accountCodeWords,
  ...messagingCodeWords,
};

/** Every Updox responseCode this app has words for. */
export const knownUpdoxCodes: readonly number[] = Object.keys(codeWords)
  .map(Number)
  .sort((a, b) => a - b);

export const isKnownUpdoxCode = (code: number): boolean => Object.hasOwn(codeWords, code);

/**
 * Words a person can act on for an Updox responseCode: what happened, why, and what to do.
 * An unknown code shows its number and Updox's own message.
 */
export function describeUpdoxCode(
  code: number,
  updoxMessage: string,
  context: UpdoxCodeContext = {},
): string {
  const words = isKnownUpdoxCode(code) ? codeWords[code] : undefined;
  if (words) return words({ ...context, code, updoxMessage });
  const said = updoxSaid(updoxMessage);
  return said === '' ? `Updox answered ${code} with no message.` : `Updox answered ${code}: ${said}.`;
}

const authCodes: ReadonlySet<number> = new Set([4010, 4011, 4012, 4014]);

/** The AppError kind for an Updox responseCode other than 2000. */
export const updoxCodeKind = (code: number): Extract<ErrorKind, 'auth' | 'updox'> =>
  authCodes.has(code) ? 'auth' : 'updox';

/** The app field (see field-labels.ts) a code is about, where there is one. */
const codeFields: Readonly<Record<number, string>> = {
  4110: 'accountId',
  4130: 'accountId',
  4131: 'accountId',
  4132: 'accountId',
  4140: 'websiteAddress',
  4161: 'websiteAddress',
  4150: 'directDomain',
  4160: 'directDomain',
  4163: 'directDomain',
  4610: 'directAddress',
  4620: 'directAddress',
  4621: 'directAddress',
  4630: 'directDomain',
  4640: 'directAddress',
  4210: 'userId',
  4230: 'userId',
  4231: 'userId',
  4241: 'userId',
  4232: 'password',
  4233: 'password',
  4250: 'dateOfBirth',
  4251: 'npi',
  4252: 'providerTaxonomyCode',
};

export const updoxCodeField = (code: number): string | undefined =>
  Object.hasOwn(codeFields, code) ? codeFields[code] : undefined;
