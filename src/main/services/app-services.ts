import path from 'node:path';
import type { Platform } from '../platform/types';
import { setAsideUnparsableJsonSync } from './storage/backed-up-file';
import { createSettingsStore, settingsFileProblem } from './settings/settings-store';
import { defaultSettings } from './settings/settings-schema';
import { createConnectionMonitor } from './connection/connection-monitor';
import { openCredentialVault } from './vault/credential-vault';
import { createEmbeddedSandbox } from './sandbox/embedded-sandbox';
import { openAuditLog } from './audit/audit-log';
import { createUpdoxGateway } from './updox/updox-gateway';
import { probeConnection } from './connection/probe-connection';
import type { CoreServices } from './core-services';
import { createBusinessServices, type BusinessServices } from './business/business-services';
import { createAccountsServices, type AccountsServices } from './accounts/accounts-services';
import { createOnboardingServices, type OnboardingServices } from './onboarding/onboarding-services';
import { createSmsServices, type SmsServices } from './sms/sms-services';
import { openFactsStore } from './pipeline/facts-store';
import { createPipelineServices, type PipelineServices } from './pipeline/pipeline-services';
import { environmentNow } from './sms/environment-clock';
import { createBatchServices, type BatchServices } from './batch/batch-services';
import { createEventBus } from './events/event-bus';
import { createHealthService, type HealthService } from './events/health-events';
import { isUnder, onStorageNotice, storageNoticeView } from './storage/storage-notices';
import { createAppStatus, type AppStatus } from './app/app-status';
import { createActivity } from './audit/activity';
import { createEnvironmentServices, type EnvironmentServices } from './environments/environment-services';
import { createCredentialServices, type CredentialServices } from './environments/credential-services';

/** Everything the handlers use. The composition root: each host builds one of these and nothing else. */
export interface AppServices extends CoreServices {
  readonly app: AppStatus;
  readonly environments: EnvironmentServices;
  readonly credentials: CredentialServices;
  readonly activity: ReturnType<typeof createActivity>;
  readonly business: BusinessServices;
  readonly accounts: AccountsServices;
  readonly onboarding: OnboardingServices;
  readonly sms: SmsServices;
  readonly pipeline: PipelineServices;
  readonly batch: BatchServices;
  readonly health: HealthService;
  close(): Promise<void>;
}

export const createAppServices = async (platform: Platform): Promise<AppServices> => {
  // conf / electron-store stop on a damaged settings.json: set it aside first (named on screen and in the log).
  setAsideUnparsableJsonSync(path.join(platform.dataDir, 'settings.json'), settingsFileProblem);
  const settings = createSettingsStore(
    platform.openSettingsFile({ cwd: platform.dataDir, configName: 'settings', defaults: defaultSettings() }),
  );
  const vault = openCredentialVault(platform.dataDir, platform.secrets);
  const sandbox = createEmbeddedSandbox(platform.dataDir);
  const audit = openAuditLog(platform.dataDir);
  const updox = createUpdoxGateway({ settings, vault, sandbox, onTrace: (t) => audit.record(t) });
  const connection = createConnectionMonitor(() => probeConnection(updox));
  const events = createEventBus();
  const facts = openFactsStore(platform.dataDir, {
    // Facts are dated by the environment's clock (the sandbox's can be moved on); a removed one: real time.
    clock: async (environmentId) => {
      try {
        return await environmentNow(updox.environment(environmentId), sandbox);
      } catch {
        return Date.now();
      }
    },
  });
  const core: CoreServices = { platform, settings, connection, vault, sandbox, audit, updox, events, facts };
  const stopNotices = onStorageNotice((notice) => {
    if (isUnder(platform.dataDir, notice))
      events.emit('storageNotice', storageNoticeView(platform.dataDir, notice));
  });

  const business = await createBusinessServices(core);
  const accounts = await createAccountsServices(core, business);
  const onboarding = await createOnboardingServices(core, {}, business);
  const sms = await createSmsServices(core, business);
  const pipeline = createPipelineServices(core, { accounts, sms });
  const batch = await createBatchServices(core);
  const health = createHealthService(core, onboarding.outboxCount);
  onboarding.onOutboxChange(health.publish);
  connection.start();
  return {
    ...core,
    app: createAppStatus(core, () => onboarding.outboxCount()),
    environments: createEnvironmentServices(core),
    credentials: createCredentialServices(core),
    activity: createActivity(core),
    business,
    accounts,
    onboarding,
    sms,
    pipeline,
    batch,
    health,
    async close() {
      stopNotices();
      await pipeline.close();
      health.close();
      connection.stop();
      await batch.close();
      await sms.close();
      await onboarding.close();
      await accounts.close();
      await business.close();
      await sandbox.close();
    },
  };
};
