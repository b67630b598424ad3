import type { ActivityEntry } from '../../../shared/contract/activity';

/** What each Updox method means to a person at the front desk. Reads are marked so they can be hidden. */
const methods: Record<string, { words: string; read: boolean }> = {
  ping: { words: 'Checked Updox is reachable', read: true },
  pingwithapplicationauth: { words: 'Tested the vendor credentials', read: false },
  pingwithaccountauth: { words: 'Checked the account can sign in', read: true },
  pingwithauth: { words: 'Checked the user can sign in', read: true },
  practicecreate: { words: 'Created a practice', read: false },
  practiceupdate: { words: 'Updated a practice', read: false },
  practicesave: { words: 'Saved a practice', read: false },
  practiceget: { words: 'Read a practice', read: true },
  practicelist: { words: 'Read the list of practices', read: true },
  locationssync: { words: 'Sent locations', read: false },
  practicelocationsretrieve: { words: 'Read locations', read: true },
  usersave: { words: 'Saved a user', read: false },
  userget: { words: 'Read a user', read: true },
  userlist: { words: 'Read users', read: true },
  smssendnumberlist: { words: 'Read SMS numbers', read: true },
  smssendnumberrequest: { words: 'Requested an SMS number', read: false },
  smssend: { words: 'Sent a text message', read: false },
};

export const describeMethod = (method: string): string => methods[method.toLowerCase()]?.words ?? method;
export const isRead = (method: string): boolean => methods[method.toLowerCase()]?.read ?? false;

export const describeResult = (e: ActivityEntry): string => {
  switch (e.outcome) {
    case 'ok':
      return 'Done';
    case 'updox-error':
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
