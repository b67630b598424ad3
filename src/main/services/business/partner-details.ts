import type { CallInputOf, CallOutputOf } from '../../../shared/contract/call-types';
import type { PartnerView } from '../../../shared/contract/business';
import type { CoreServices } from '../core-services';
import { assertKnownEnvironment, environmentRef } from '../environments/environment-ref';
import type { PartnerDraftStore } from './partner-draft-store';
import type { PartnerStore } from './partner-store';

export type SandboxSync = 'pushed' | 'failed' | 'not-sandbox';

interface PartnerDeps {
  partners: PartnerStore;
  partnerDrafts: PartnerDraftStore;
  syncSandbox: (environmentId: string) => Promise<SandboxSync>;
}

/**
 * The Business details screen's use cases: the active environment's partner details with their unsaved draft,
 * saving them (then the embedded sandbox's copy), and keeping or dropping a draft under the environment it was typed in.
 */
export const createPartnerDetails = (core: CoreServices, deps: PartnerDeps) => {
  const view = (sandboxSync?: SandboxSync): PartnerView => {
    const environment = environmentRef(core.updox.activeEnvironment());
    const stored = deps.partners.get(environment.id);
    return {
      environment,
      details: stored?.details ?? null,
      draft: deps.partnerDrafts.get(environment.id),
      updatedAt: stored?.updatedAt ?? null,
      ...(sandboxSync ? { sandboxSync } : {}),
    };
  };

  return {
    view: async (): Promise<PartnerView> => view(),

    async save({ details }: CallInputOf<'business', 'savePartner'>): Promise<PartnerView> {
      const { id } = core.updox.activeEnvironment();
      await deps.partners.save(id, details);
      await deps.partnerDrafts.discard(id);
      return view(await deps.syncSandbox(id));
    },

    /** Kept under the environment it was typed in, even if the active one changed meanwhile: nothing typed is lost. */
    async saveDraft({
      environmentId,
      values,
    }: CallInputOf<'business', 'savePartnerDraft'>): Promise<CallOutputOf<'business', 'savePartnerDraft'>> {
      assertKnownEnvironment(core.settings, environmentId);
      return deps.partnerDrafts.save(environmentId, values);
    },

    async discardDraft({
      environmentId,
    }: CallInputOf<'business', 'discardPartnerDraft'>): Promise<
      CallOutputOf<'business', 'discardPartnerDraft'>
    > {
      assertKnownEnvironment(core.settings, environmentId);
      return { discarded: await deps.partnerDrafts.discard(environmentId) };
    },
  };
};
