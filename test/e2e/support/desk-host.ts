import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface DeskHost {
  /** The address with the token, as a person would open it. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly dataDir: string;
  /** The embedded Updox sandbox's origin; its control plane is under /_sandbox/. */
  readonly sandboxOrigin: string;
  readonly output: () => string;
  /** The host's process id (the benchmarks read its memory). */
  readonly pid: number;
  /** SIGKILL: what a crash or a power cut looks like to the app. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '../../..');
const webHostCli = path.join(root, 'out/web-host/cli.js');

export const newDataDir = () => fs.mkdtemp(path.join(os.tmpdir(), 'desk-e2e-'));

/**
 * Starts the real web host CLI as `npm run start:web` does (`node out/web-host/cli.js`, built by `npm run build:web`)
 * on a free port.
 */
export const startDeskHost = async (
  options: { dataDir?: string; env?: Record<string, string> } = {},
): Promise<DeskHost> => {
  if (!existsSync(webHostCli)) throw new Error('The web host is not built: run `npm run build:web` first.');
  const dataDir = options.dataDir ?? (await newDataDir());
  const child: ChildProcess = spawn(process.execPath, [webHostCli, '--data-dir', dataDir, '--port', '0'], {
    cwd: root,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${out}`)), 30_000);
    const check = () => {
      const m = /Open: (http:\/\/\S+)/.exec(out);
      if (m && /Sandbox \(/.test(out)) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${out}`));
    });
  });
  const parsed = new URL(url);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token')!,
    dataDir,
    sandboxOrigin: /Sandbox \([^)]*\): (http:\/\/\S+)/.exec(out)![1]!,
    output: () => out,
    pid: child.pid!,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
};
