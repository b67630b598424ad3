import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, and its tools run as the npm scripts run them. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export const runTool = (tool: string, args: readonly string[]): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules/.bin', tool), args, {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${tool} ${args.join(' ')} exited with ${code}`)),
    );
  });

/** What `npm run build:web` builds: the renderer (out/web) and the web host (out/web-host/cli.js). */
export const buildWeb = async (): Promise<void> => {
  await runTool('vite', ['build', '--config', 'vite.web.config.ts', '--logLevel', 'error']);
  await runTool('vite', ['build', '--config', 'vite.web-host.config.ts', '--logLevel', 'error']);
};

/** Built once per `npm run bench` run, whichever benchmark asks first. */
let webBuilt: Promise<void> | undefined;
export const ensureWebBuilt = (): Promise<void> => (webBuilt ??= buildWeb());

export const median = (values: readonly number[]): number => {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
