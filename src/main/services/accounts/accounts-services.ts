import type { CallInputOf } from '../../../shared/contract/call-types';
import type { AccountDetails, AccountList } from '../../../shared/contract/accounts';
import type { CoreServices } from '../core-services';
import type { BusinessServices } from '../business/business-services';
import { getAccount } from './account-details';
import { listAccounts, type ListDeps } from './account-list';
import { openPracticeListCache } from './practice-list-cache';

/** The accounts feature's services, built once per app by createAppServices. */
export const createAccountsServices = async (core: CoreServices, business: BusinessServices) => {
  const cache = openPracticeListCache(core.platform.dataDir);
  const deps: ListDeps = {
    session: (environmentId) => core.updox.session(environmentId),
    activeEnvironment: () => core.updox.activeEnvironment(),
    partner: (environmentId) => business.partners.get(environmentId)?.details ?? null,
    cache,
    reportConnection: (state) => core.connection.report(state),
    facts: core.facts,
  };
  return {
    cache,
    list: (): Promise<AccountList> => listAccounts(deps),
    /** PracticeList of one environment (Check all names its own, whatever becomes active meanwhile). */
    listIn: (environmentId: string): Promise<AccountList> =>
      listAccounts(deps, core.updox.environment(environmentId)),
    get: ({ accountId }: CallInputOf<'accounts', 'get'>): Promise<AccountDetails> =>
      getAccount(deps, accountId),
    async close(): Promise<void> {
      await cache.idle();
    },
  };
};

export type AccountsServices = Awaited<ReturnType<typeof createAccountsServices>>;
