import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type * as Electron from 'electron';
import { bootstrap, type BootstrapOptions } from '../../../src/main/electron/bootstrap';
import { createNodePlatform } from '../../../src/main/platform/node-platform';
import { stopLogFiles } from '../../../src/main/services/log/logger';
import { createFakeElectron, type FakeElectron } from './fake-electron';

/** A temp data folder, a fake electron, and bootstrap() run against them; `end()` closes and removes it all. */
export const bootDesktop = async (
  options: {
    fake?: Parameters<typeof createFakeElectron>[0];
    env?: NodeJS.ProcessEnv;
    dataDir?: string;
    isPackaged?: boolean;
  } & Partial<Pick<BootstrapOptions, 'os' | 'loadUpdater' | 'updateUrl'>> = {},
) => {
  const dataDir = options.dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'desk-electron-')));
  const fake: FakeElectron = createFakeElectron({ logsDir: path.join(dataDir, 'logs'), ...options.fake });
  if (options.isPackaged === false) fake.electron.app.isPackaged = false;
  await bootstrap(fake.electron as unknown as typeof Electron, {
    outMainDir: '/app/out/main',
    createPlatform: createNodePlatform,
    env: { ...options.env, DESK_DATA_DIR: dataDir },
    ...(options.os ? { os: options.os } : {}),
    ...(options.loadUpdater ? { loadUpdater: options.loadUpdater } : {}),
    ...(options.updateUrl !== undefined ? { updateUrl: options.updateUrl } : {}),
  });
  const win = fake.windows[0];
  const end = async (remove = true) => {
    // What quitting does: before-quit closes the services.
    const quit = new Promise<void>((resolve) => {
      if (fake.electron.app.quit.mock.calls.length > 0) return resolve();
      fake.electron.app.quit.mockImplementationOnce(() => resolve());
    });
    fake.appEvents.emit('before-quit', { preventDefault: () => undefined });
    if (win) await quit;
    stopLogFiles();
    if (remove) await fs.rm(dataDir, { recursive: true, force: true });
  };
  return { fake, win, dataDir, end };
};
