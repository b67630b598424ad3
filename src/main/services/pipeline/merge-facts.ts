import {
  isReached,
  pipelineStages,
  type NumberFact,
  type PracticeFacts,
} from '../../../shared/domain/pipeline-stage';

/**
 * What a service learned of one practice, as it learned it: only the fields it knows. Exact counts come from
 * Updox (PracticeLocationsRetrieve, UserList); "at least" counts from the app's own submissions, which send some
 * locations and users but do not list the others.
 */
export interface FactObservation {
  name?: string;
  listed?: boolean;
  locations?: number;
  locationsAtLeast?: number;
  users?: number;
  usersAtLeast?: number;
  detailsComplete?: boolean;
  /** Every location's number status (SmsSendNumberList joined with the locations). */
  numbers?: NumberFact[];
  textSent?: true;
  checkedAt?: string;
}

const blankFacts = (accountId: string): PracticeFacts => ({
  accountId,
  name: '',
  listed: true,
  locations: null,
  users: null,
  detailsComplete: null,
  incompleteSince: null,
  numbers: null,
  textSent: false,
  reached: {},
  checkedAt: null,
});

const atLeast = (known: number | null, exact: number | undefined, floor: number | undefined) =>
  exact ?? (floor === undefined ? known : Math.max(known ?? 0, floor));

/**
 * The facts after an observation, `now` being the environment's clock (ISO). Each stage reached for the first
 * time gets its date; details seen incomplete start (or keep) their "incomplete since": from when the app first
 * knew of the practice if it never saw them complete, else from when they stopped being complete.
 */
export const mergeFacts = (
  before: PracticeFacts | undefined,
  accountId: string,
  o: FactObservation,
  now: string,
): PracticeFacts => {
  const base = before ?? blankFacts(accountId);
  const detailsComplete = o.detailsComplete ?? base.detailsComplete;
  const incompleteSince =
    detailsComplete !== false
      ? null
      : base.detailsComplete === false && base.incompleteSince !== null
        ? base.incompleteSince
        : base.detailsComplete === null
          ? (base.reached.created ?? now)
          : now;
  const next: PracticeFacts = {
    ...base,
    name: o.name ?? base.name,
    listed: o.listed ?? base.listed,
    locations: atLeast(base.locations, o.locations, o.locationsAtLeast),
    users: atLeast(base.users, o.users, o.usersAtLeast),
    detailsComplete,
    incompleteSince,
    numbers: o.numbers ?? base.numbers,
    textSent: base.textSent || o.textSent === true,
    checkedAt: o.checkedAt ?? base.checkedAt,
  };
  const reached = { ...base.reached };
  for (const stage of pipelineStages)
    if (reached[stage] === undefined && isReached(next, stage)) reached[stage] = now;
  return { ...next, reached };
};
