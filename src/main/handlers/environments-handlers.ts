import type { Contract } from '../../shared/contract';
import type { EnvironmentList } from '../../shared/contract/environments';
import { AppError } from '../../shared/errors';
import type { DomainHandlers } from '../ipc/handler-types';
import type { AppServices } from '../services/app-services';
import { checkCustomApiBase } from '../services/environments/environment-rules';
import { credentialStatus } from './credential-status';

export const listEnvironments = async (s: AppServices): Promise<EnvironmentList> => {
  const settings = s.settings.get();
  const environments = await Promise.all(
    settings.environments.map(async (env) => ({
      id: env.id,
      kind: env.kind,
      name: env.name,
      apiBase: env.kind === 'sandbox' ? await s.updox.apiBase(env) : env.apiBase,
      active: env.id === settings.activeEnvironmentId,
      credentials: credentialStatus(s, env.id),
    })),
  );
  return { activeId: settings.activeEnvironmentId, environments };
};

export const environmentsHandlers = (s: AppServices): DomainHandlers<Contract, 'environments'> => ({
  list: () => listEnvironments(s),
  async select({ id, confirmProduction }) {
    s.settings.update((cur) => {
      const target = cur.environments.find((e) => e.id === id);
      if (!target) {
        throw new AppError({ kind: 'not-found', message: 'That environment does not exist any more.' });
      }
      if (
        target.kind === 'production' &&
        target.id !== cur.activeEnvironmentId &&
        confirmProduction !== true
      ) {
        throw new AppError({
          kind: 'forbidden',
          message: `Switching to ${target.name} (${target.apiBase ?? ''}), where real practices live, needs your confirmation.`,
          fields: { confirmProduction: `Confirm the switch to ${target.name}.` },
        });
      }
      return { ...cur, activeEnvironmentId: id };
    });
    s.connection.report('online');
    return listEnvironments(s);
  },
  async addCustom({ name, apiBase }) {
    const base = checkCustomApiBase(apiBase);
    s.settings.update((cur) => {
      if (cur.environments.some((e) => e.name.toLowerCase() === name.toLowerCase())) {
        const message = `An environment named ${name} already exists. Choose another name.`;
        throw new AppError({ kind: 'validation', message, fields: { name: message } });
      }
      const id = `custom-${Date.now().toString(36)}`;
      return { ...cur, environments: [...cur.environments, { id, kind: 'custom', name, apiBase: base }] };
    });
    return listEnvironments(s);
  },
  async remove({ id }) {
    const env = s.settings.get().environments.find((e) => e.id === id);
    if (!env || env.kind !== 'custom') {
      throw new AppError({ kind: 'forbidden', message: 'Only environments you added can be removed.' });
    }
    if (s.vault.has(id)) await s.vault.remove(id);
    s.settings.update((cur) => {
      const credentials = { ...cur.credentials };
      delete credentials[id];
      return {
        ...cur,
        credentials,
        environments: cur.environments.filter((e) => e.id !== id),
        activeEnvironmentId: cur.activeEnvironmentId === id ? 'sandbox' : cur.activeEnvironmentId,
      };
    });
    return listEnvironments(s);
  },
});
