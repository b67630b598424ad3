import type { CallInputOf, CallOutputOf } from '../../../shared/contract/call-types';
import type { WebsiteCheck } from '../../../shared/contract/business';
import type { CoreServices } from '../core-services';
import { logger } from '../log/logger';
import { openPartnerDraftStore } from './partner-draft-store';
import { openPartnerStore } from './partner-store';
import { createMissingInfo } from './missing-info-submission';
import { exportIncomplete } from './readiness-export';
import { createPartnerDetails, type SandboxSync } from './partner-details';
import { pushPartnerToSandbox } from './sandbox-vendor-push';
import { checkWebsiteReachable, websiteCheckSkipped, type WebsiteCheckOptions } from './website-check';

export type { SandboxSync } from './partner-details';

/**
 * The business-details feature's services, built once per app by createAppServices: the partner details store
 * (`partners`, used by other features too), the Business details form's unsaved drafts (`partnerDrafts`), keeping the embedded sandbox's copy in step, and the website check.
 */
export const createBusinessServices = async (core: CoreServices, options: WebsiteCheckOptions = {}) => {
  const partners = openPartnerStore(core.platform.dataDir);
  const partnerDrafts = openPartnerDraftStore(core.platform.dataDir);
  const isSandbox = (environmentId: string): boolean =>
    core.settings.get().environments.some((e) => e.id === environmentId && e.kind === 'sandbox');

  // Pushes run one at a time and each sends the details stored when it runs, so the last save always wins.
  let queue: Promise<unknown> = Promise.resolve();
  const syncSandbox = (environmentId: string): Promise<SandboxSync> => {
    if (!isSandbox(environmentId)) return Promise.resolve('not-sandbox');
    const run = queue.then(async (): Promise<SandboxSync> => {
      const stored = partners.get(environmentId);
      if (!stored) return 'not-sandbox';
      try {
        await pushPartnerToSandbox(core.sandbox, stored.details);
        return 'pushed';
      } catch (error) {
        logger.warn('business.sandbox-push-failed', {
          error: error instanceof Error ? error.name : 'unknown',
        });
        return 'failed';
      }
    });
    queue = run;
    return run;
  };

  // On start, give the sandbox the details kept for it (its own copy may be older or reset).
  const startup = Promise.all(
    core.settings
      .get()
      .environments.filter((e) => e.kind === 'sandbox' && partners.get(e.id) !== null)
      .map((e) => syncSandbox(e.id)),
  );

  return {
    partners,
    partnerDrafts,
    syncSandbox,
    partner: createPartnerDetails(core, { partners, partnerDrafts, syncSandbox }),
    missingInfo: createMissingInfo(core, { partners, syncSandbox }),
    /** Whether the website answers; skipped (saying so) while Updox, and so likely the network, is offline. */
    async checkWebsite({ url }: CallInputOf<'business', 'checkWebsite'>): Promise<WebsiteCheck> {
      const { state } = await core.connection.current(60_000);
      if (state === 'offline') return websiteCheckSkipped(url);
      return checkWebsiteReachable(url, options);
    },
    /** The active environment's practices with incomplete SMS business details, as a CSV to fill in. */
    async exportIncomplete(): Promise<CallOutputOf<'business', 'exportIncomplete'>> {
      const { client, environment } = await core.updox.session(core.updox.activeEnvironment().id);
      return exportIncomplete(client, environment, partners.get(environment.id)?.details ?? null);
    },
    async close(): Promise<void> {
      await startup;
      await queue;
    },
  };
};

export type BusinessServices = Awaited<ReturnType<typeof createBusinessServices>>;
