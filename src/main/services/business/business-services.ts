import type { CoreServices } from '../core-services';
import { openPartnerStore } from './partner-store';

/** The business-details feature's services, built once per app by createAppServices. */
export const createBusinessServices = async (core: CoreServices) => {
  const partners = openPartnerStore(core.platform.dataDir);
  return {
    partners,
    async close(): Promise<void> {},
  };
};

export type BusinessServices = Awaited<ReturnType<typeof createBusinessServices>>;
