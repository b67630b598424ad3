import type { Platform } from '../platform/types';
import type { AuditLog } from './audit/audit-log';
import type { ConnectionMonitor } from './connection/connection-monitor';
import type { EventBus } from './events/event-bus';
import type { FactsStore } from './pipeline/facts-store';
import type { EmbeddedSandbox } from './sandbox/embedded-sandbox';
import type { SettingsStore } from './settings/settings-store';
import type { UpdoxGateway } from './updox/updox-gateway';
import type { CredentialVault } from './vault/credential-vault';

/** The services every feature builds on. Features receive these (and each other) from createAppServices. */
export interface CoreServices {
  readonly platform: Platform;
  readonly settings: SettingsStore;
  readonly connection: ConnectionMonitor;
  readonly vault: CredentialVault;
  readonly sandbox: EmbeddedSandbox;
  readonly audit: AuditLog;
  readonly updox: UpdoxGateway;
  /** What changed, for the screens (src/shared/contract/events.ts). */
  readonly events: EventBus;
  /** What the app knows of each practice's onboarding, per environment (the pipeline's facts). */
  readonly facts: FactsStore;
}
