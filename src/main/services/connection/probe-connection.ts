import { createUpdoxClient } from '../../updox/client';
import type { UpdoxGateway } from '../updox/updox-gateway';
import type { AppHealth } from '../../../shared/contract/app';

/** Is the active environment's Updox answering? Ping needs no credentials, so it works before any are set. */
export const probeConnection = async (updox: UpdoxGateway): Promise<AppHealth['connection']> => {
  const environment = updox.activeEnvironment();
  const client = createUpdoxClient({
    apiBase: await updox.apiBase(environment),
    credentials: { applicationId: '', applicationPassword: '' },
    environmentId: environment.id,
    timeoutMs: 4_000,
    retry: { retries: 0, minTimeoutMs: 0, maxTimeoutMs: 0 },
  });
  try {
    await client.ping();
    return 'online';
  } catch {
    return 'unreachable';
  }
};
