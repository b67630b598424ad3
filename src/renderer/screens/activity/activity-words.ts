import type { ActivityQueryInput } from '../../../shared/contract/activity';

export {
  activityMethodChoices,
  describeMethod,
  describeResult,
  isRead,
} from '../../../shared/updox/activity-words';

/** The Result filter's choices, in the order shown. */
export const outcomeChoices = [
  ['all', 'Any result'],
  ['done', 'Done'],
  ['refused', 'Refused by Updox'],
  ['failed', 'Not reached, no answer or not understood'],
] as const;

export type OutcomeChoice = (typeof outcomeChoices)[number][0];

export interface ActivityFilters {
  readonly account: string;
  readonly method: string;
  readonly outcome: OutcomeChoice;
  /** YYYY-MM-DD from the date inputs ('' for none), days in this computer's time zone, both included. */
  readonly fromDay: string;
  readonly toDay: string;
  readonly changesOnly: boolean;
}

export const noFilters: ActivityFilters = {
  account: '',
  method: '',
  outcome: 'all',
  fromDay: '',
  toDay: '',
  changesOnly: true,
};

const startOfDay = (day: string, addDays = 0): string | undefined => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + addDays);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};

/** The filters as main takes them: days become instants (from the start of the first to the end of the last). */
export const toQuery = (f: ActivityFilters): ActivityQueryInput => {
  const from = startOfDay(f.fromDay);
  const to = startOfDay(f.toDay, 1);
  return {
    account: f.account.trim(),
    method: f.method,
    outcome: f.outcome,
    changesOnly: f.changesOnly,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
};
