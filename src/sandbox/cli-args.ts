import { parseArgs } from 'node:util';
import type { StartSandboxOptions } from './index';

/** Flags of `npm run sandbox`. Null means the flags are wrong (print CLI_USAGE, exit 2). */
export const CLI_USAGE =
  'Usage: npm run sandbox -- [--port N] [--data FILE] [--app-id ID] [--app-password PW]';

export function parseCliArgs(argv: readonly string[]): StartSandboxOptions | null {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        data: { type: 'string' },
        'app-id': { type: 'string' },
        'app-password': { type: 'string' },
      },
    }));
  } catch {
    return null;
  }
  const opts: StartSandboxOptions = { logRequests: true, log: (line) => console.log(line) };
  if (values.port !== undefined) {
    if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65_535) return null;
    opts.port = Number(values.port);
  }
  if (values.data !== undefined) {
    if (values.data.trim() === '') return null;
    opts.dataFile = values.data;
  }
  if (values['app-id'] !== undefined) {
    if (values['app-id'] === '') return null;
    opts.appId = values['app-id'];
  }
  if (values['app-password'] !== undefined) {
    if (values['app-password'] === '') return null;
    opts.appPassword = values['app-password'];
  }
  return opts;
}
