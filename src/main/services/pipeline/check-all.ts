import pLimit from 'p-limit';
import type { AccountList } from '../../../shared/contract/accounts';
import type { PipelineCheck } from '../../../shared/contract/pipeline';
import { isDefaultLocation } from '../../../shared/domain/location';
import { isReached, type NumberFact } from '../../../shared/domain/pipeline-stage';
import { AppError, type AppErrorData } from '../../../shared/errors';
import type { UpdoxClient } from '../../updox/client';
import { isUnreachable } from '../../updox/error-rules';
import type { FactsStore } from './facts-store';
import type { FactObservation } from './merge-facts';

export interface CheckAllDeps {
  readonly environmentId: string;
  readonly client: UpdoxClient;
  readonly facts: FactsStore;
  /** PracticeList through the Accounts list (kept on disk; it notes each practice's name and details). */
  readonly list: () => Promise<AccountList>;
  /** SmsSendNumberList through the SMS feature (its timelines follow the numbers); null: SMS not enabled. */
  readonly numbers: (accountId: string) => Promise<NumberFact[] | null>;
  /** Accounts this app has sent a text from, in this environment (the send history). */
  readonly sentFrom: ReadonlySet<string>;
  readonly concurrency: number;
  /** The environment's clock, as ISO. */
  readonly now: () => Promise<string>;
  readonly onProgress: (check: PipelineCheck) => void;
}

const asErrorData = (error: unknown): AppErrorData =>
  error instanceof AppError
    ? error.toData()
    : { kind: 'internal', message: 'Check all stopped on an unexpected problem. Try again.' };

/** What the app does not know yet of one practice, asked of Updox (a stage reached for good is not asked again). */
const askAbout = async (deps: CheckAllDeps, accountId: string): Promise<FactObservation> => {
  const known = deps.facts.get(deps.environmentId, accountId);
  const o: FactObservation = { checkedAt: await deps.now() };
  const asks: Promise<void>[] = [];
  if ((known?.locations ?? 0) === 0)
    asks.push(
      deps.client.practiceLocationsRetrieve(accountId, { activeOnly: true }).then((locations) => {
        o.locations = locations.filter((l) => !isDefaultLocation(l)).length;
      }),
    );
  if ((known?.users ?? 0) === 0)
    asks.push(
      deps.client.userList(accountId).then((users) => {
        o.users = users.length;
      }),
    );
  if (!known || !isReached(known, 'approved'))
    asks.push(
      deps.numbers(accountId).then((numbers) => {
        if (numbers) o.numbers = numbers;
      }),
    );
  if (deps.sentFrom.has(accountId)) o.textSent = true;
  await Promise.all(asks);
  return o;
};

/**
 * Check all: PracticeList, then for each practice (at most `concurrency` at a time) its locations, users and SMS
 * numbers where the facts do not already settle them. Progress goes to onProgress about fifty times per run. A
 * practice Updox refuses to tell about is counted as failed and keeps what was known; Updox unreachable stops the
 * run (the rest would fail the same way).
 */
export const runCheckAll = async (deps: CheckAllDeps, startedAt: string): Promise<PipelineCheck> => {
  let check: PipelineCheck = {
    environmentId: deps.environmentId,
    state: 'running',
    done: 0,
    total: 0,
    failed: 0,
    startedAt,
    finishedAt: null,
    error: null,
  };
  const finish = async (error: AppErrorData | null): Promise<PipelineCheck> => {
    check = { ...check, state: error ? 'failed' : 'done', finishedAt: await deps.now(), error };
    deps.onProgress(check);
    return check;
  };
  let list: AccountList;
  try {
    list = await deps.list();
  } catch (error) {
    return finish(asErrorData(error));
  }
  if (list.source !== 'live') return finish(list.unreachable ?? asErrorData(null));
  check = { ...check, total: list.practices.length };
  deps.onProgress(check);
  const step = Math.max(1, Math.ceil(check.total / 50));
  const limit = pLimit(deps.concurrency);
  let stopped: AppErrorData | null = null;
  await Promise.all(
    list.practices.map(({ accountId }) =>
      limit(async () => {
        if (stopped) return;
        let failed = 0;
        try {
          const observation = await askAbout(deps, accountId);
          await deps.facts.note(deps.environmentId, new Map([[accountId, observation]]));
        } catch (error) {
          failed = 1;
          if (isUnreachable(error)) stopped ??= error.toData();
        }
        check = { ...check, done: check.done + 1, failed: check.failed + failed };
        if (check.done % step === 0 && check.done < check.total) deps.onProgress(check);
      }),
    ),
  );
  return finish(stopped);
};
