import type { CoreServices } from '../core-services';

/** The business feature's services, built once per app by createAppServices. */
export const createBusinessServices = async (_core: CoreServices) => ({
  async close(): Promise<void> {},
});

export type BusinessServices = Awaited<ReturnType<typeof createBusinessServices>>;
