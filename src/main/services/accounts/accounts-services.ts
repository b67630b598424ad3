import type { CoreServices } from '../core-services';

/** The accounts feature's services, built once per app by createAppServices. */
export const createAccountsServices = async (_core: CoreServices) => ({
  async close(): Promise<void> {},
});

export type AccountsServices = Awaited<ReturnType<typeof createAccountsServices>>;
