import type { AccountList } from '../../../shared/contract/accounts';
import type { PartnerBusinessDetails } from '../../../shared/domain/business-details';
import type { UpdoxClient } from '../../updox/client';
import { logger } from '../log/logger';
import type { Environment } from '../settings/settings-schema';
import { toAccountRecord, toListItems } from './account-views';
import type { PracticeListCache } from './practice-list-cache';
import { isUnreachable } from '../../updox/error-rules';
import type { FactsStore } from '../pipeline/facts-store';

export interface ListDeps {
  readonly session: (environmentId: string) => Promise<{ client: UpdoxClient; environment: Environment }>;
  readonly activeEnvironment: () => Environment;
  readonly partner: (environmentId: string) => PartnerBusinessDetails | null;
  readonly cache: PracticeListCache;
  readonly reportConnection: (state: 'online' | 'unreachable') => void;
  /** The pipeline's facts (each listing says which practices exist and whether their details are complete). */
  readonly facts?: FactsStore;
  readonly now?: () => Date;
}

/**
 * The Accounts list's practices: PracticeList now (and kept on disk, in the background), or, when Updox cannot be
 * reached, the copy on disk with its time. An answer from Updox that is an error (credentials, a code) is thrown.
 */
export const listAccounts = async (
  deps: ListDeps,
  environment: Environment = deps.activeEnvironment(),
): Promise<AccountList> => {
  const base = { environmentId: environment.id, environmentName: environment.name };
  const partner = deps.partner(environment.id);
  try {
    const { client } = await deps.session(environment.id);
    const fetchedAt = (deps.now?.() ?? new Date()).toISOString();
    const records = (await client.practiceList()).map(toAccountRecord);
    deps.reportConnection('online');
    deps.cache
      .write({ environmentId: environment.id, fetchedAt, practices: records })
      .catch((error: unknown) =>
        logger.warn('accounts.cache-write-failed', {
          environmentId: environment.id,
          error: error instanceof Error ? error.message : 'unknown',
        }),
      );
    const practices = toListItems(records, partner);
    deps.facts
      ?.noteList(
        environment.id,
        practices.map((p) => ({ accountId: p.accountId, name: p.name, detailsComplete: p.sms.complete })),
      )
      .catch((error: unknown) =>
        logger.warn('pipeline.facts-write-failed', {
          environmentId: environment.id,
          error: error instanceof Error ? error.message : 'unknown',
        }),
      );
    return { ...base, source: 'live', asOf: fetchedAt, unreachable: null, practices };
  } catch (error) {
    if (!isUnreachable(error)) throw error;
    deps.reportConnection('unreachable');
    const cached = await deps.cache.read(environment.id);
    return {
      ...base,
      source: cached ? 'cache' : 'none',
      asOf: cached?.fetchedAt ?? null,
      unreachable: error.toData(),
      practices: cached ? toListItems(cached.practices, partner) : [],
    };
  }
};
