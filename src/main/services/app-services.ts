import type { Platform } from '../platform/types';
import { createSettingsStore, type SettingsStore } from './settings/settings-store';
import { defaultSettings } from './settings/settings-schema';
import { createConnectionMonitor, type ConnectionMonitor } from './connection/connection-monitor';

/** Everything the handlers use. The composition root: each host builds one of these and nothing else. */
export interface AppServices {
  readonly platform: Platform;
  readonly settings: SettingsStore;
  readonly connection: ConnectionMonitor;
  close(): Promise<void>;
}

export const createAppServices = async (platform: Platform): Promise<AppServices> => {
  const settings = createSettingsStore(
    platform.openSettingsFile({ cwd: platform.dataDir, configName: 'settings', defaults: defaultSettings() }),
  );
  const connection = createConnectionMonitor(async () => 'online');
  return {
    platform,
    settings,
    connection,
    async close() {},
  };
};
