import type { CallInputOf } from '../../../shared/contract/call-types';
import type { EnvironmentList } from '../../../shared/contract/environments';
import { AppError } from '../../../shared/errors';
import type { CoreServices } from '../core-services';
import { credentialStatus } from './credential-status';
import { checkCustomApiBase } from './environment-rules';

const gone = () => new AppError({ kind: 'not-found', message: 'That environment does not exist any more.' });

/** The Settings screen's environments: the list, switching (Production confirmed), adding and removing custom ones. */
export const createEnvironmentServices = (core: CoreServices) => {
  const list = async (): Promise<EnvironmentList> => {
    const settings = core.settings.get();
    const environments = await Promise.all(
      settings.environments.map(async (env) => ({
        id: env.id,
        kind: env.kind,
        name: env.name,
        apiBase: env.kind === 'sandbox' ? await core.updox.apiBase(env) : env.apiBase,
        active: env.id === settings.activeEnvironmentId,
        credentials: credentialStatus(core, env.id),
      })),
    );
    return { activeId: settings.activeEnvironmentId, environments };
  };

  return {
    list,

    /** Switching to Production needs the person's confirmation; the connection state starts over as online. */
    async select({ id, confirmProduction }: CallInputOf<'environments', 'select'>): Promise<EnvironmentList> {
      core.settings.update((cur) => {
        const target = cur.environments.find((e) => e.id === id);
        if (!target) throw gone();
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
      core.connection.report('online');
      return list();
    },

    async addCustom({ name, apiBase }: CallInputOf<'environments', 'addCustom'>): Promise<EnvironmentList> {
      const base = checkCustomApiBase(apiBase);
      core.settings.update((cur) => {
        if (cur.environments.some((e) => e.name.toLowerCase() === name.toLowerCase())) {
          const message = `An environment named ${name} already exists. Choose another name.`;
          throw new AppError({ kind: 'validation', message, fields: { name: message } });
        }
        const id = `custom-${Date.now().toString(36)}`;
        return { ...cur, environments: [...cur.environments, { id, kind: 'custom', name, apiBase: base }] };
      });
      return list();
    },

    /** Removes a custom environment with its credentials (the vault's copy too); the Sandbox becomes active if it was. */
    async remove({ id }: CallInputOf<'environments', 'remove'>): Promise<EnvironmentList> {
      const env = core.settings.get().environments.find((e) => e.id === id);
      if (!env || env.kind !== 'custom') {
        throw new AppError({ kind: 'forbidden', message: 'Only environments you added can be removed.' });
      }
      if (core.vault.has(id)) await core.vault.remove(id);
      core.settings.update((cur) => {
        const credentials = { ...cur.credentials };
        delete credentials[id];
        return {
          ...cur,
          credentials,
          environments: cur.environments.filter((e) => e.id !== id),
          activeEnvironmentId: cur.activeEnvironmentId === id ? 'sandbox' : cur.activeEnvironmentId,
        };
      });
      return list();
    },
  };
};

export type EnvironmentServices = ReturnType<typeof createEnvironmentServices>;
