import type { ActivityEntry } from '../../../shared/contract/activity';

/**
 * What each Updox method asks for, in a front-desk person's words (the Result column says how it ended). Reads
 * are marked so they can be hidden.
 */
const methods: Record<string, { words: string; read: boolean }> = {
  ping: { words: 'Check Updox is reachable', read: true },
  pingwithapplicationauth: { words: 'Test the vendor credentials', read: true },
  pingwithaccountauth: { words: 'Check the account can sign in', read: true },
  pingwithauth: { words: 'Check the user can sign in', read: true },
  practicecreate: { words: 'Create a practice', read: false },
  practiceupdate: { words: 'Update a practice', read: false },
  practicesave: { words: 'Save a practice', read: false },
  practiceget: { words: 'Read a practice', read: true },
  practicelist: { words: 'List the practices', read: true },
  locationssync: { words: 'Send locations', read: false },
  practicelocationsretrieve: { words: 'Read locations', read: true },
  usersave: { words: 'Save a user', read: false },
  userget: { words: 'Read a user', read: true },
  userlist: { words: 'List users', read: true },
  smssendnumberlist: { words: 'Read SMS numbers', read: true },
  smssendnumberrequest: { words: 'Request an SMS number', read: false },
  smssend: { words: 'Send a text message', read: false },
};

export const describeMethod = (method: string): string => methods[method.toLowerCase()]?.words ?? method;
export const isRead = (method: string): boolean => methods[method.toLowerCase()]?.read ?? false;

export const describeResult = (e: ActivityEntry): string => {
  switch (e.outcome) {
    case 'ok':
      return 'Done';
    case 'updox-error':
      // A read that finds no account is a routine existence check (is this ID free?), not a refusal.
      if (e.responseCode === 4131 && isRead(e.method)) return 'No such account (4131)';
      return e.responseCode === 4035
        ? 'Not sent: verification requested (4035)'
        : `Refused by Updox (${e.responseCode ?? '?'})`;
    case 'network':
      return 'Updox not reached';
    case 'timeout':
      return 'No answer in time';
    default:
      return 'Answer not understood';
  }
};

export interface ActivityFilter {
  readonly changesOnly: boolean;
  readonly account: string;
}

export const filterActivity = (entries: readonly ActivityEntry[], f: ActivityFilter): ActivityEntry[] => {
  const account = f.account.trim().toLowerCase();
  return entries.filter(
    (e) =>
      (!f.changesOnly || !isRead(e.method)) &&
      (!account || (e.accountId ?? '').toLowerCase().includes(account)),
  );
};
