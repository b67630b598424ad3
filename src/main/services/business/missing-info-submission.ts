import type { CallInputOf, CallOutputOf } from '../../../shared/contract/call-types';
import type { CoreServices } from '../core-services';
import { environmentRef } from '../environments/environment-ref';
import { computeSmsReadiness } from '../../../shared/domain/sms-readiness';
import { changesAccount, mergeAccountChanges, mergePartnerChanges, readinessAccountOf } from './missing-info';
import type { SandboxSync } from './partner-details';
import type { PartnerStore } from './partner-store';

interface MissingInfoDeps {
  partners: PartnerStore;
  syncSandbox: (environmentId: string) => Promise<SandboxSync>;
}

/**
 * The "Missing business info" form's use cases: what SMS readiness needs to know about one practice of the active
 * environment, and saving what the form filled in (the app's partner details, then the practice in Updox).
 */
export const createMissingInfo = (core: CoreServices, deps: MissingInfoDeps) => ({
  async readinessInput({
    accountId,
  }: CallInputOf<'business', 'readinessInput'>): Promise<CallOutputOf<'business', 'readinessInput'>> {
    const { client, environment } = await core.updox.session(core.updox.activeEnvironment().id);
    const details = await client.practiceGet(accountId);
    return {
      environment: environmentRef(environment),
      account: readinessAccountOf(details),
      partner: deps.partners.get(environment.id)?.details ?? null,
    };
  },

  /**
   * Checks everything before writing anything: the partner changes merged and valid, the practice read fresh
   * (PracticeGet) and a Production write confirmed. Then keeps the partner details first (the app's own copy: what
   * was typed is never lost) and pushes them to the sandbox, then sends the whole practice record back
   * (PracticeSave/1.1) and reads it again.
   */
  async submit({
    accountId,
    account,
    partner,
    environmentId,
    confirmProduction,
  }: CallInputOf<'business', 'submitMissingInfo'>): Promise<CallOutputOf<'business', 'submitMissingInfo'>> {
    // The form's own environment, or nothing: the partner details and the practice both belong to it.
    core.updox.assertActive(environmentId, 'Missing business info form');
    const { client, environment } = await core.updox.session(environmentId);
    const partnerChanges = partner ?? {};
    const hasPartnerChanges = Object.values(partnerChanges).some((v) => typeof v === 'string');
    const nextPartner = hasPartnerChanges
      ? mergePartnerChanges(deps.partners.get(environment.id)?.details ?? null, partnerChanges)
      : null;
    const current = await client.practiceGet(accountId);
    const writeAccount = changesAccount(current, account);
    if (writeAccount) core.updox.guardWrite(environment.id, confirmProduction, 'change to the practice');

    let sandboxSync: SandboxSync = 'not-sandbox';
    if (nextPartner) {
      await deps.partners.save(environment.id, nextPartner);
      sandboxSync = await deps.syncSandbox(environment.id);
    }
    if (writeAccount) await client.practiceSave(mergeAccountChanges(current, account), { version: '1.1' });
    const after = writeAccount ? await client.practiceGet(accountId) : current;
    const partnerNow = deps.partners.get(environment.id)?.details ?? null;
    await core.facts
      .note(
        environment.id,
        new Map([[accountId, { detailsComplete: computeSmsReadiness(after, partnerNow).complete }]]),
      )
      .catch(() => undefined);
    return {
      environment: environmentRef(environment),
      account: readinessAccountOf(after),
      partner: deps.partners.get(environment.id)?.details ?? null,
      accountSaved: writeAccount,
      partnerSaved: nextPartner !== null,
      sandboxSync,
    };
  },
});
