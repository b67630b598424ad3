import { AppError } from '../../../shared/errors';
import { createUpdoxClient, type UpdoxClient } from '../../updox/client';
import type { UpdoxTrace } from '../../updox/trace';
import { SANDBOX_APPLICATION_ID, SANDBOX_APPLICATION_PASSWORD } from '../../../sandbox';
import type { Environment } from '../settings/settings-schema';
import type { SettingsStore } from '../settings/settings-store';
import type { CredentialVault, VendorCredentials } from '../vault/credential-vault';
import type { EmbeddedSandbox } from '../sandbox/embedded-sandbox';
import { assertWriteConfirmed } from '../environments/environment-rules';

export interface UpdoxSession {
  readonly client: UpdoxClient;
  readonly environment: Environment;
  readonly usingBuiltInSandboxCredentials: boolean;
}

export interface UpdoxGateway {
  activeEnvironment(): Environment;
  /** The IO API base of an environment (the embedded sandbox's changes every run). */
  apiBase(environment: Environment): Promise<string>;
  /** A client for the active environment (or the one named), with its stored credentials (or those given). */
  session(environmentId?: string, credentials?: VendorCredentials): Promise<UpdoxSession>;
  /** Refuses a write to Production that the person has not confirmed. */
  guardWrite(confirmProduction: boolean | undefined, what: string): void;
}

export const createUpdoxGateway = (deps: {
  settings: SettingsStore;
  vault: CredentialVault;
  sandbox: EmbeddedSandbox;
  onTrace: (trace: UpdoxTrace) => void;
  timeoutMs?: number;
}): UpdoxGateway => {
  const find = (id?: string): Environment => {
    const s = deps.settings.get();
    const env = s.environments.find((e) => e.id === (id ?? s.activeEnvironmentId));
    if (!env)
      throw new AppError({ kind: 'not-found', message: `There is no environment named ${id ?? ''}.` });
    return env;
  };
  const apiBase = async (env: Environment) => {
    if (env.kind === 'sandbox') return (await deps.sandbox.get()).apiBase;
    if (!env.apiBase) throw new AppError({ kind: 'validation', message: `${env.name} has no base URL.` });
    return env.apiBase;
  };
  const credentialsFor = (env: Environment): { creds: VendorCredentials; builtIn: boolean } => {
    const stored = deps.vault.get(env.id);
    if (stored) return { creds: stored, builtIn: false };
    if (env.kind === 'sandbox') {
      return {
        creds: { applicationId: SANDBOX_APPLICATION_ID, applicationPassword: SANDBOX_APPLICATION_PASSWORD },
        builtIn: true,
      };
    }
    throw new AppError({
      kind: 'auth',
      message: `There are no vendor credentials for ${env.name}. Add them in Settings.`,
    });
  };

  return {
    activeEnvironment: () => find(),
    apiBase,
    async session(environmentId, given) {
      const environment = find(environmentId);
      const { creds, builtIn } = given ? { creds: given, builtIn: false } : credentialsFor(environment);
      const client = createUpdoxClient({
        apiBase: await apiBase(environment),
        credentials: creds,
        environmentId: environment.id,
        onTrace: deps.onTrace,
        ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
      });
      return { client, environment, usingBuiltInSandboxCredentials: builtIn };
    },
    guardWrite(confirmProduction, what) {
      assertWriteConfirmed(find().kind, confirmProduction, what);
    },
  };
};
