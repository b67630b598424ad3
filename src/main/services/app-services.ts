import type { Platform } from '../platform/types';
import { createSettingsStore, type SettingsStore } from './settings/settings-store';
import { defaultSettings } from './settings/settings-schema';
import { createConnectionMonitor, type ConnectionMonitor } from './connection/connection-monitor';
import { openCredentialVault, type CredentialVault } from './vault/credential-vault';
import { createEmbeddedSandbox, type EmbeddedSandbox } from './sandbox/embedded-sandbox';
import { openAuditLog, type AuditLog } from './audit/audit-log';
import { createUpdoxGateway, type UpdoxGateway } from './updox/updox-gateway';
import { probeConnection } from './connection/probe-connection';

/** Everything the handlers use. The composition root: each host builds one of these and nothing else. */
export interface AppServices {
  readonly platform: Platform;
  readonly settings: SettingsStore;
  readonly connection: ConnectionMonitor;
  readonly vault: CredentialVault;
  readonly sandbox: EmbeddedSandbox;
  readonly audit: AuditLog;
  readonly updox: UpdoxGateway;
  close(): Promise<void>;
}

export const createAppServices = async (platform: Platform): Promise<AppServices> => {
  const settings = createSettingsStore(
    platform.openSettingsFile({ cwd: platform.dataDir, configName: 'settings', defaults: defaultSettings() }),
  );
  const vault = openCredentialVault(platform.dataDir, platform.secrets);
  const sandbox = createEmbeddedSandbox(platform.dataDir);
  const audit = openAuditLog(platform.dataDir);
  const updox = createUpdoxGateway({ settings, vault, sandbox, onTrace: (t) => audit.record(t) });
  const connection = createConnectionMonitor(() => probeConnection(updox));
  return {
    platform,
    settings,
    connection,
    vault,
    sandbox,
    audit,
    updox,
    async close() {
      await sandbox.close();
    },
  };
};
