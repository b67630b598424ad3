import { AppError } from '../../../shared/errors';
import type { Environment } from '../settings/settings-schema';
import type { SettingsStore } from '../settings/settings-store';

/** How an answer names an environment: id, name and kind (never its base URL or credentials). */
export const environmentRef = (env: Environment) => ({ id: env.id, name: env.name, kind: env.kind });

/** Refuses an environment id that is not in Settings (any more), before anything is kept under it. */
export const assertKnownEnvironment = (settings: SettingsStore, id: string): void => {
  if (!settings.get().environments.some((e) => e.id === id)) {
    throw new AppError({ kind: 'not-found', message: `There is no environment "${id.slice(0, 60)}".` });
  }
};
