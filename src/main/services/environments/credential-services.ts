import type { CallInputOf, CallOutputOf } from '../../../shared/contract/call-types';
import type { CredentialStatus } from '../../../shared/contract/environments';
import { AppError } from '../../../shared/errors';
import type { CoreServices } from '../core-services';
import { credentialStatus } from './credential-status';

type CredentialMeta = { savedAt: string; verifiedAt?: string };

/** The vendor credentials of each environment: kept in the vault, their dates in Settings, tested against Updox. */
export const createCredentialServices = (core: CoreServices) => {
  const setMeta = (id: string, meta: CredentialMeta | undefined) =>
    core.settings.update((cur) => {
      const credentials = { ...cur.credentials };
      if (meta) credentials[id] = meta;
      else delete credentials[id];
      return { ...cur, credentials };
    });

  return {
    async save({
      environmentId,
      applicationId,
      applicationPassword,
      acceptWeakStorage,
    }: CallInputOf<'credentials', 'save'>): Promise<CredentialStatus> {
      if (!core.settings.get().environments.some((e) => e.id === environmentId)) {
        throw new AppError({ kind: 'not-found', message: 'That environment does not exist any more.' });
      }
      await core.vault.set(
        environmentId,
        { applicationId, applicationPassword },
        { acceptWeakStorage: !!acceptWeakStorage },
      );
      setMeta(environmentId, { savedAt: new Date().toISOString() });
      return credentialStatus(core, environmentId);
    },

    /**
     * PingWithApplicationAuth with what is typed in the form (tested as it is: not stored, the stored ones stay as
     * they were), or with the stored credentials, whose verified date is then kept.
     */
    async test({
      environmentId,
      applicationId,
      applicationPassword,
    }: CallInputOf<'credentials', 'test'>): Promise<CallOutputOf<'credentials', 'test'>> {
      if (applicationId !== undefined && applicationPassword !== undefined) {
        const { client } = await core.updox.session(environmentId, { applicationId, applicationPassword });
        await client.pingWithApplicationAuth();
        return { ...credentialStatus(core, environmentId), tested: 'typed' };
      }
      const { client } = await core.updox.session(environmentId);
      await client.pingWithApplicationAuth();
      const meta = core.settings.get().credentials[environmentId];
      const now = new Date().toISOString();
      setMeta(environmentId, { savedAt: meta?.savedAt ?? now, verifiedAt: now });
      return { ...credentialStatus(core, environmentId), tested: 'saved' };
    },

    async clear({ environmentId }: CallInputOf<'credentials', 'clear'>): Promise<CredentialStatus> {
      if (core.vault.has(environmentId)) await core.vault.remove(environmentId);
      setMeta(environmentId, undefined);
      return credentialStatus(core, environmentId);
    },
  };
};

export type CredentialServices = ReturnType<typeof createCredentialServices>;
