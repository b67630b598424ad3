import type { Contract } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { PartnerView } from '../../shared/contract/business';
import type { DomainHandlers } from '../ipc/handler-types';
import type { AppServices } from '../services/app-services';
import type { SandboxSync } from '../services/business/business-services';
import {
  changesAccount,
  mergeAccountChanges,
  mergePartnerChanges,
  readinessAccountOf,
} from '../services/business/missing-info';
import { websiteCheckSkipped } from '../services/business/website-check';

const activeEnvironment = (s: AppServices) => {
  const env = s.updox.activeEnvironment();
  return { id: env.id, name: env.name, kind: env.kind };
};

const knownEnvironment = (s: AppServices, id: string): void => {
  if (!s.settings.get().environments.some((e) => e.id === id)) {
    throw new AppError({ kind: 'not-found', message: `There is no environment "${id.slice(0, 60)}".` });
  }
};

const partnerView = (s: AppServices, sandboxSync?: SandboxSync): PartnerView => {
  const environment = activeEnvironment(s);
  const stored = s.business.partners.get(environment.id);
  return {
    environment,
    details: stored?.details ?? null,
    draft: s.business.partnerDrafts.get(environment.id),
    updatedAt: stored?.updatedAt ?? null,
    ...(sandboxSync ? { sandboxSync } : {}),
  };
};

export const businessHandlers = (s: AppServices): DomainHandlers<Contract, 'business'> => ({
  async partner() {
    return partnerView(s);
  },

  async savePartner({ details }) {
    const environment = activeEnvironment(s);
    await s.business.partners.save(environment.id, details);
    await s.business.partnerDrafts.discard(environment.id);
    return partnerView(s, await s.business.syncSandbox(environment.id));
  },

  async savePartnerDraft({ environmentId, values }) {
    // Kept under the environment it was typed in, even if the active one changed meanwhile: nothing typed is lost.
    knownEnvironment(s, environmentId);
    return s.business.partnerDrafts.save(environmentId, values);
  },

  async discardPartnerDraft({ environmentId }) {
    knownEnvironment(s, environmentId);
    return { discarded: await s.business.partnerDrafts.discard(environmentId) };
  },

  async readinessInput({ accountId }) {
    const { client, environment } = await s.updox.session(s.updox.activeEnvironment().id);
    const details = await client.practiceGet(accountId);
    return {
      environment: { id: environment.id, name: environment.name, kind: environment.kind },
      account: readinessAccountOf(details),
      partner: s.business.partners.get(environment.id)?.details ?? null,
    };
  },

  async submitMissingInfo({ accountId, account, partner, environmentId, confirmProduction }) {
    // The form's own environment, or nothing: the partner details and the practice both belong to it.
    s.updox.assertActive(environmentId, 'Missing business info form');
    const { client, environment } = await s.updox.session(environmentId);
    const stored = s.business.partners.get(environment.id);
    const partnerChanges = partner ?? {};
    const hasPartnerChanges = Object.values(partnerChanges).some((v) => typeof v === 'string');
    // Check everything before writing anything.
    const nextPartner = hasPartnerChanges
      ? mergePartnerChanges(stored?.details ?? null, partnerChanges)
      : null;
    const current = await client.practiceGet(accountId);
    const writeAccount = changesAccount(current, account);
    if (writeAccount) s.updox.guardWrite(environment.id, confirmProduction, 'change to the practice');

    // The partner details are the app's own copy: keep them first, so what was typed is never lost.
    let sandboxSync: SandboxSync = 'not-sandbox';
    if (nextPartner) {
      await s.business.partners.save(environment.id, nextPartner);
      sandboxSync = await s.business.syncSandbox(environment.id);
    }
    if (writeAccount) {
      await client.practiceSave(mergeAccountChanges(current, account), { version: '1.1' });
    }
    const after = writeAccount ? await client.practiceGet(accountId) : current;
    return {
      environment: { id: environment.id, name: environment.name, kind: environment.kind },
      account: readinessAccountOf(after),
      partner: s.business.partners.get(environment.id)?.details ?? null,
      accountSaved: writeAccount,
      partnerSaved: nextPartner !== null,
      sandboxSync,
    };
  },

  async checkWebsite({ url }) {
    const { state } = await s.connection.current(60_000);
    if (state === 'offline') return websiteCheckSkipped(url);
    return s.business.checkWebsite(url);
  },
});
