/**
 * The words of the Activity screen and of its CSV export (main writes the file, the screen shows the rows): what
 * each Updox method asks for, in a front-desk person's words, whether it only reads, and how a call ended.
 */

interface MethodWords {
  readonly words: string;
  readonly read: boolean;
}

const methods: Readonly<Record<string, MethodWords>> = {
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

const known = (method: string): MethodWords | undefined =>
  Object.hasOwn(methods, method.toLowerCase()) ? methods[method.toLowerCase()] : undefined;

export const describeMethod = (method: string): string => known(method)?.words ?? method;
export const isRead = (method: string): boolean => known(method)?.read ?? false;

/** The methods the app calls, for the Activity screen's "What" filter: [method key, words]. */
export const activityMethodChoices: readonly (readonly [string, string])[] = Object.entries(methods).map(
  ([key, m]) => [key, m.words] as const,
);

/** How a call ended, in three groups a person filters by. */
export type OutcomeGroup = 'done' | 'refused' | 'failed';

export interface ActivityOutcome {
  readonly method: string;
  readonly outcome: string;
  readonly responseCode?: number | undefined;
}

/** A read that finds no account (4131) is a routine existence check ("is this ID free?"), not a refusal. */
const isExistenceCheck = (e: ActivityOutcome) => e.responseCode === 4131 && isRead(e.method);

export const outcomeGroup = (e: ActivityOutcome): OutcomeGroup => {
  if (e.outcome === 'ok' || (e.outcome === 'updox-error' && isExistenceCheck(e))) return 'done';
  return e.outcome === 'updox-error' ? 'refused' : 'failed';
};

export const describeResult = (e: ActivityOutcome): string => {
  switch (e.outcome) {
    case 'ok':
      return 'Done';
    case 'updox-error':
      if (isExistenceCheck(e)) return 'No such account (4131)';
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
