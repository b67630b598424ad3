import os from 'node:os';
import path from 'node:path';

/** The environment variable both hosts honour, so tests and power users can point the app at any folder. */
const DATA_DIR_ENV = 'DESK_DATA_DIR';

/** Where the web host keeps its data when no --data-dir or DESK_DATA_DIR is given (the OS config folder). */
export const defaultWebDataDir = (
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string => {
  const name = 'Onboarding Desk (web host)';
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), name);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', name);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), name);
};

export const resolveDataDir = (options: {
  flag?: string;
  env?: NodeJS.ProcessEnv;
  fallback: string;
}): string => {
  const fromEnv = (options.env ?? process.env)[DATA_DIR_ENV];
  return path.resolve(options.flag ?? (fromEnv && fromEnv.length > 0 ? fromEnv : options.fallback));
};
