import type { CoreServices } from '../core-services';
import type { BusinessServices } from '../business/business-services';

/** The accounts feature's services, built once per app by createAppServices. */
export const createAccountsServices = async (_core: CoreServices, _business: BusinessServices) => ({
  async close(): Promise<void> {},
});

export type AccountsServices = Awaited<ReturnType<typeof createAccountsServices>>;
