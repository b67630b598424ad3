import { randomUUID } from 'node:crypto';
import type { CopyResult, WizardDraftData } from '../../../shared/contract/onboarding';
import { computeSmsReadiness } from '../../../shared/domain/sms-readiness';
import { AppError } from '../../../shared/errors';
import type { CoreServices } from '../core-services';
import type { BusinessServices } from '../business/business-services';
import { checkAccountIdFree, checkPortalAddressFree, type Availability } from './availability';
import { draftLocation, loadAccount } from './edit-drafts';
import type { WizardDrafts } from './wizard-drafts';

/**
 * "Copy to another environment": a new create draft in the target environment, built from the active
 * environment's record of the account (practice, locations except Updox's Default Location, users without
 * passwords). Only reads reach Updox here, and only the source is read: the source is never written, and the draft
 * is checked against the target (account ID, portal address) and sent there, from the target's own screens, with
 * the target's Production confirmation where it applies.
 */
export const copyToEnvironment = async (
  deps: { core: CoreServices; drafts: WizardDrafts; business: BusinessServices | null },
  accountId: string,
  targetEnvironmentId: string,
): Promise<CopyResult> => {
  const { core, drafts } = deps;
  const source = core.updox.activeEnvironment();
  const target = core.updox.environment(targetEnvironmentId);
  if (target.id === source.id) {
    const message = `The account is already in ${source.name}. Choose another environment to copy it to.`;
    throw new AppError({ kind: 'validation', message, fields: { targetEnvironmentId: message } });
  }
  const { client } = await core.updox.session(source.id);
  const { locations, baseline } = await loadAccount(client, accountId);
  const data: WizardDraftData = {
    submitMode: 'create',
    step: 1,
    practice: baseline.practice,
    locations: locations
      .map(draftLocation)
      .filter((l) => !l.fixed)
      .map((l, i) => ({ ...l, key: `c${i}` })),
    // New users in the target: no password is copied (none can be read); the wizard asks for the ones that log in.
    users: (baseline.users ?? []).map((u, i) => {
      const { existing: _existing, ...user } = u;
      return { ...user, key: `c${i}` };
    }),
    baseline: null,
  };
  const draft = await drafts.save({ id: randomUUID(), kind: 'create', environmentId: target.id, data });
  // The target's checks (reads of the target, for the draft that now belongs to it): nothing is sent.
  const checks = await targetChecks(core, target.id, data);
  const partner = deps.business?.partners.get(target.id)?.details ?? null;
  const partnerGaps = computeSmsReadiness(data.practice, partner)
    .items.filter((i) => i.source === 'partner' && (i.status === 'missing' || i.status === 'invalid'))
    .map((i) => i.rule);
  return {
    draftId: draft.id,
    environmentId: target.id,
    environmentName: target.name,
    accountId: checks.accountId,
    portalAddress: checks.portalAddress,
    partnerGaps,
  };
};

const targetChecks = async (
  core: CoreServices,
  environmentId: string,
  data: WizardDraftData,
): Promise<{ accountId: Availability; portalAddress: Availability }> => {
  try {
    const { client } = await core.updox.session(environmentId);
    return {
      accountId: await checkAccountIdFree(client, data.practice.accountId),
      portalAddress: await checkPortalAddressFree(
        client,
        data.practice.websiteAddress,
        data.practice.accountId,
      ),
    };
  } catch (error) {
    const message =
      error instanceof AppError
        ? `Not checked: ${error.message}`
        : 'Not checked: the target environment could not be used.';
    const unknown: Availability = { status: 'unknown', message };
    return { accountId: unknown, portalAddress: unknown };
  }
};
