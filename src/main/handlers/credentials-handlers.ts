import type { Contract } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { DomainHandlers } from '../ipc/handler-types';
import type { AppServices } from '../services/app-services';
import { credentialStatus } from './credential-status';

const setMeta = (s: AppServices, id: string, meta: { savedAt: string; verifiedAt?: string } | undefined) =>
  s.settings.update((cur) => {
    const credentials = { ...cur.credentials };
    if (meta) credentials[id] = meta;
    else delete credentials[id];
    return { ...cur, credentials };
  });

export const credentialsHandlers = (s: AppServices): DomainHandlers<Contract, 'credentials'> => ({
  async save({ environmentId, applicationId, applicationPassword, acceptWeakStorage }) {
    if (!s.settings.get().environments.some((e) => e.id === environmentId)) {
      throw new AppError({ kind: 'not-found', message: 'That environment does not exist any more.' });
    }
    await s.vault.set(
      environmentId,
      { applicationId, applicationPassword },
      { acceptWeakStorage: !!acceptWeakStorage },
    );
    setMeta(s, environmentId, { savedAt: new Date().toISOString() });
    return credentialStatus(s, environmentId);
  },
  async test({ environmentId, applicationId, applicationPassword }) {
    if (applicationId !== undefined && applicationPassword !== undefined) {
      // What is typed in the form, tested as it is: not stored, and the stored ones stay as they were.
      const { client } = await s.updox.session(environmentId, { applicationId, applicationPassword });
      await client.pingWithApplicationAuth();
      return { ...credentialStatus(s, environmentId), tested: 'typed' as const };
    }
    const { client } = await s.updox.session(environmentId);
    await client.pingWithApplicationAuth();
    const meta = s.settings.get().credentials[environmentId];
    const now = new Date().toISOString();
    setMeta(s, environmentId, { savedAt: meta?.savedAt ?? now, verifiedAt: now });
    return { ...credentialStatus(s, environmentId), tested: 'saved' as const };
  },
  async clear({ environmentId }) {
    if (s.vault.has(environmentId)) await s.vault.remove(environmentId);
    setMeta(s, environmentId, undefined);
    return credentialStatus(s, environmentId);
  },
});
