import type { CoreServices } from '../core-services';

/** The onboarding feature's services, built once per app by createAppServices. */
export const createOnboardingServices = async (_core: CoreServices) => ({
  async close(): Promise<void> {},
});

export type OnboardingServices = Awaited<ReturnType<typeof createOnboardingServices>>;
