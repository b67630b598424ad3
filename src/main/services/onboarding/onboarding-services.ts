import type { CoreServices } from '../core-services';

/** The onboarding feature's services (drafts, outbox, submission), built once per app by createAppServices. */
export const createOnboardingServices = async (_core: CoreServices) => ({
  /** Submissions waiting in the outbox: shown in the top bar. */
  outboxCount: (): number => 0,
  async close(): Promise<void> {},
});

export type OnboardingServices = Awaited<ReturnType<typeof createOnboardingServices>>;
