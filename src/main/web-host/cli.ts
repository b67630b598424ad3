import path from 'node:path';
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { createNodePlatform } from '../platform/node-platform';
import { defaultWebDataDir, resolveDataDir } from '../platform/data-dir';
import { createAppServices } from '../services/app-services';
import { writeLogFiles } from '../services/log/logger';
import { createHandlerTable } from '../handlers';
import { createDispatcher } from '../ipc/dispatch';
import { contract } from '../../shared/contract';
import { startWebHost } from './server';

/**
 * `npm run start:web [-- --port N --data-dir DIR]`: the app's services and the built renderer on 127.0.0.1,
 * for a browser. Development, demos and end-to-end tests only; never part of the packaged desktop app.
 */
const usage = 'Usage: npm run start:web -- [--port N] [--data-dir DIR]';

const main = async () => {
  let values: { port?: string; 'data-dir'?: string };
  try {
    ({ values } = parseArgs({ options: { port: { type: 'string' }, 'data-dir': { type: 'string' } } }));
  } catch (err) {
    console.error(`${(err as Error).message}\n${usage}`);
    process.exit(2);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535.\n${usage}`);
    process.exit(2);
  }
  const rendererDir = path.resolve(import.meta.dirname, '../web');
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    console.error('The renderer is not built. Run `npm run start:web`, which builds it first.');
    process.exit(1);
  }
  const dataDir = resolveDataDir({ flag: values['data-dir'], fallback: defaultWebDataDir() });
  const platform = createNodePlatform(dataDir);
  writeLogFiles(platform.logsDir);
  const services = await createAppServices(platform);
  const dispatch = createDispatcher(contract, createHandlerTable(services));
  const host = await startWebHost({ dispatch, events: services.events, rendererDir, port });

  const sandbox = await services.sandbox.get();
  console.log(`Onboarding Desk (web host) is running. Open: ${host.url}`);
  console.log(`Data folder: ${dataDir}`);
  console.log(`Logs: ${platform.logsDir}`);
  console.log(`Sandbox (the built-in Updox, control plane under /_sandbox/): ${sandbox.origin}`);

  const stop = async () => {
    await host.close();
    await services.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((err: unknown) => {
  console.error(`The web host could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
