import type { CoreServices } from '../core-services';
import type { BusinessServices } from '../business/business-services';

/** The SMS feature's services, built once per app by createAppServices. */
export const createSmsServices = async (_core: CoreServices, _business: BusinessServices) => ({
  async close(): Promise<void> {},
});

export type SmsServices = Awaited<ReturnType<typeof createSmsServices>>;
