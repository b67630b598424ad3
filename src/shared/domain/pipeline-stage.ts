import type { SmsLocationStatus } from '../contract/sms';
import { isWaiting, overdueBusinessDays } from './sms-number-wait';

/**
 * The onboarding pipeline: the stages a practice goes through, what the app knows of one practice (its facts),
 * the stage those facts put it in, and whether it is stuck. Pure and without zod (the Accounts screen, the first
 * one, imports the stage names); main keeps the facts (services/pipeline/) and checks them with zod on read.
 */
export const pipelineStages = [
  'created',
  'locations',
  'users',
  'details',
  'requested',
  'approved',
  'texted',
] as const;
export type PipelineStage = (typeof pipelineStages)[number];

/** The stages in the words of UX.md (Updox's own where it has them). */
export const stageLabels: Record<PipelineStage, string> = {
  created: 'Account created',
  locations: 'Locations added',
  users: 'Users added',
  details: 'SMS business details complete',
  requested: 'Number requested',
  approved: 'SMS Approved',
  texted: 'First text sent',
};

/** The same, short enough for a column of the Accounts list. */
export const stageShortLabels: Record<PipelineStage, string> = {
  created: 'Created',
  locations: 'Locations',
  users: 'Users',
  details: 'Details complete',
  requested: 'Number requested',
  approved: 'SMS Approved',
  texted: 'Texting',
};

/** One location's SMS number as last seen (statusDate from Updox: the environment's own clock). */
export interface NumberFact {
  locationId: number;
  status: SmsLocationStatus;
  since: string | null;
}

/** Everything the app knows of one practice of one environment; null where it does not know. */
export interface PracticeFacts {
  accountId: string;
  name: string;
  /** In the last PracticeList the app read (false: Updox no longer lists it, so it leaves the pipeline). */
  listed: boolean;
  /** Active locations besides the Default Location every account has. */
  locations: number | null;
  users: number | null;
  /** SMS business details complete (the practice's and the partner's, as the Accounts list judges them). */
  detailsComplete: boolean | null;
  /** Since when the details have been incomplete without a break, as far as the app knows. */
  incompleteSince: string | null;
  numbers: NumberFact[] | null;
  /** A text was sent from this practice through this app. */
  textSent: boolean;
  /** When the app first learned that each stage was reached (the environment's clock). */
  reached: Partial<Record<PipelineStage, string>>;
  /** The last time Check all asked Updox about this practice. */
  checkedAt: string | null;
}

/** Whether the facts say a stage is reached now (a fact can go back: details made incomplete again). */
export const isReached = (facts: PracticeFacts, stage: PipelineStage): boolean => {
  switch (stage) {
    case 'created':
      return true;
    case 'locations':
      return (facts.locations ?? 0) > 0;
    case 'users':
      return (facts.users ?? 0) > 0;
    case 'details':
      return facts.detailsComplete === true;
    case 'requested':
      return (facts.numbers ?? []).some((n) => n.status !== 'none') || isReached(facts, 'approved');
    case 'approved':
      return (facts.numbers ?? []).some((n) => n.status === 'approved') || facts.textSent;
    case 'texted':
      return facts.textSent;
  }
};

/**
 * A practice's stage: the furthest stage its facts reach now. An earlier stage left undone (an SMS-approved
 * practice with no users) does not hold it back; its timeline shows the gap.
 */
export const stageOf = (facts: PracticeFacts): PipelineStage =>
  pipelineStages.findLast((stage) => isReached(facts, stage)) ?? 'created';

/** Incomplete SMS business details for longer than this many days is stuck. */
export const DETAILS_INCOMPLETE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export type StuckReason =
  | { kind: 'verification-pending'; status: SmsLocationStatus; since: string; businessDays: number }
  | { kind: 'details-incomplete'; since: string; days: number };

/**
 * Why a practice is stuck, if it is: a number waiting (Number Pending or SMS Pending) beyond 3 business days, or
 * SMS business details incomplete for more than a week. `nowMs` is the environment's clock.
 */
export const stuckOf = (facts: PracticeFacts, nowMs: number): StuckReason[] => {
  const reasons: StuckReason[] = [];
  const overdue = (facts.numbers ?? [])
    .filter((n) => isWaiting(n.status) && n.since !== null)
    .map((n) => ({ n, days: overdueBusinessDays(n.status, n.since, nowMs) }))
    .filter((o): o is { n: NumberFact & { since: string }; days: number } => o.days !== null)
    .sort((a, b) => b.days - a.days)[0];
  if (overdue)
    reasons.push({
      kind: 'verification-pending',
      status: overdue.n.status,
      since: overdue.n.since,
      businessDays: overdue.days,
    });
  if (facts.detailsComplete === false && facts.incompleteSince !== null) {
    const ms = nowMs - Date.parse(facts.incompleteSince);
    if (ms > DETAILS_INCOMPLETE_DAYS * DAY_MS)
      reasons.push({
        kind: 'details-incomplete',
        since: facts.incompleteSince,
        days: Math.floor(ms / DAY_MS),
      });
  }
  return reasons;
};
