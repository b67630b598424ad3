import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { contract } from '../../../src/shared/contract';
import { createHandlerTable } from '../../../src/main/handlers';
import { createDispatcher } from '../../../src/main/ipc/dispatch';
import { createNodePlatform } from '../../../src/main/platform/node-platform';
import { createAppServices } from '../../../src/main/services/app-services';
import type { UpdoxClient } from '../../../src/main/updox/client';
import type { Result } from '../../../src/shared/errors';

/**
 * The real services on a data folder that outlives them (startTestApp-style, but `stop()` keeps the folder so the
 * app can be opened again on it: a restart). The embedded sandbox keeps its state in the same folder.
 */
export const openApp = async (dataDir: string) => {
  const services = await createAppServices(createNodePlatform(dataDir));
  const dispatch = createDispatcher(contract, createHandlerTable(services));
  const call = async <T = unknown>(name: string, input?: unknown): Promise<Result<T>> =>
    (await dispatch(name, input, { host: 'web' })) as Result<T>;
  const sandboxOrigin = (await services.sandbox.get()).origin;
  return {
    services,
    call,
    sandboxOrigin,
    /** Every Updox client the app asks for from now on goes through `wrap` (to fail one call on purpose). */
    wrapClient(wrap: (client: UpdoxClient) => UpdoxClient) {
      const real = services.updox.session.bind(services.updox);
      services.updox.session = async (environmentId: string) => {
        const session = await real(environmentId);
        return { ...session, client: wrap(session.client) };
      };
    },
    /** Updox calls that succeeded, by method, from the audit trail (which survives a restart). */
    okCalls(method: string, accountId: string): number {
      return services.audit
        .recent(1_000, services.updox.activeEnvironment().id)
        .filter((e) => e.method === method && e.accountId === accountId && e.outcome === 'ok').length;
    },
    stop: () => services.close(),
  };
};

export type OpenApp = Awaited<ReturnType<typeof openApp>>;

export const tempDataDir = () => fs.mkdtemp(path.join(os.tmpdir(), 'desk-restart-'));
export const removeDir = (dir: string) => fs.rm(dir, { recursive: true, force: true });

/** Polls `check` until it is true (or fails after `timeoutMs`). */
export const eventually = async (check: () => boolean | Promise<boolean>, timeoutMs = 15_000) => {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('Timed out waiting.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
