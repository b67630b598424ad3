import type { CoreServices } from '../core-services';

/** The sms feature's services, built once per app by createAppServices. */
export const createSmsServices = async (_core: CoreServices) => ({
  async close(): Promise<void> {},
});

export type SmsServices = Awaited<ReturnType<typeof createSmsServices>>;
