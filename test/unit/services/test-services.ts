import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { contract } from '../../../src/shared/contract';
import { createHandlerTable } from '../../../src/main/handlers';
import { createDispatcher } from '../../../src/main/ipc/dispatch';
import { createNodePlatform } from '../../../src/main/platform/node-platform';
import { createAppServices, type AppServices } from '../../../src/main/services/app-services';
import type { Result } from '../../../src/shared/errors';

/** The real services on a temp data folder (embedded sandbox included), called the way the renderer calls them. */
export const startTestApp = async () => {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'desk-unit-'));
  const services: AppServices = await createAppServices(createNodePlatform(dataDir));
  const dispatch = createDispatcher(contract, createHandlerTable(services));
  const call = async <T = unknown>(name: string, input?: unknown): Promise<Result<T>> =>
    (await dispatch(name, input, { host: 'web' })) as Result<T>;
  return {
    dataDir,
    services,
    call,
    async close() {
      await services.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
};

/** Every file under a folder, as text (binary files as latin1 so a byte search still works). */
export const readAllFiles = async (dir: string): Promise<Record<string, string>> => {
  const out: Record<string, string> = {};
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full)] = await fs.readFile(full, 'latin1');
  }
  return out;
};
