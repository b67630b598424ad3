import { AppError } from '../../../shared/errors';
import { createUpdoxClient, type UpdoxClient } from '../../updox/client';
import type { UpdoxTrace } from '../../updox/trace';
import { SANDBOX_APPLICATION_ID, SANDBOX_APPLICATION_PASSWORD } from '../../../sandbox';
import type { Environment } from '../settings/settings-schema';
import type { SettingsStore } from '../settings/settings-store';
import type { CredentialVault, VendorCredentials } from '../vault/credential-vault';
import type { EmbeddedSandbox } from '../sandbox/embedded-sandbox';
import { assertSameEnvironment, assertWriteConfirmed } from '../environments/environment-rules';

export interface UpdoxSession {
  readonly client: UpdoxClient;
  readonly environment: Environment;
  readonly usingBuiltInSandboxCredentials: boolean;
}

export interface UpdoxGateway {
  activeEnvironment(): Environment;
  /** One environment by id; AppError 'not-found' when it was removed. */
  environment(environmentId: string): Environment;
  /** The IO API base of an environment (the embedded sandbox's changes every run). */
  apiBase(environment: Environment): Promise<string>;
  /**
   * A client for the environment named, with its stored credentials (or those given, to test typed ones). The id is required: every send names the
   * environment of the item it sends (a draft, a queued submission, a form), never "whatever is active now".
   */
  session(environmentId: string, credentials?: VendorCredentials): Promise<UpdoxSession>;
  /** Refuses a write to Production (the environment named) that the person has not confirmed. */
  guardWrite(environmentId: string, confirmProduction: boolean | undefined, what: string): void;
  /**
   * Refuses, with a message naming both environments, an action on an item of another environment than the
   * active one (nothing of another environment is resumed, reviewed or sent from the screen of this one).
   */
  assertActive(environmentId: string | null, what: string): void;
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
      throw new AppError({
        kind: 'not-found',
        message: `The environment ${id ?? ''} was removed in Settings, so nothing can be sent to it. Add it again (same name and base URL) or discard the item.`,
      });
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
    environment: (environmentId) => find(environmentId),
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
    guardWrite(environmentId, confirmProduction, what) {
      assertWriteConfirmed(find(environmentId).kind, confirmProduction, what);
    },
    assertActive(environmentId, what) {
      assertSameEnvironment(find(), environmentId, deps.settings.get().environments, what);
    },
  };
};
