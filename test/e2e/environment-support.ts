import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { DeskHost } from './support/desk-host';
import { rpc } from './accounts-support';
import { sandboxState } from '../support/sandbox-api';

const root = path.resolve(import.meta.dirname, '../..');

export interface StandaloneSandbox {
  readonly origin: string;
  readonly apiBase: string;
  stop(): Promise<void>;
}

/** `npm run sandbox` as a person runs it (src/sandbox/cli.ts), on a free port, in-memory state. */
export const startStandaloneSandbox = async (): Promise<StandaloneSandbox> => {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/sandbox/cli.ts', '--port', '0'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const apiBase = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sandbox did not start:\n${out}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening: (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    apiBase,
    origin: new URL(apiBase).origin,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
};

/** Adds a custom environment for a standalone sandbox, with its (well-known) vendor credentials; its id. */
export const addSandboxEnvironment = async (desk: DeskHost, name: string, sandbox: StandaloneSandbox) => {
  const list = (await rpc(desk, 'environments.addCustom', { name, apiBase: sandbox.apiBase })) as {
    environments: { id: string; name: string }[];
  };
  const id = list.environments.find((e) => e.name === name)!.id;
  await rpc(desk, 'credentials.save', {
    environmentId: id,
    applicationId: 'sandbox-vendor',
    applicationPassword: 'sandbox-password',
    acceptWeakStorage: true,
  });
  return id;
};

/** The account IDs a sandbox holds, read over HTTP (GET /_sandbox/state). */
export const accountIdsIn = async (sandbox: StandaloneSandbox): Promise<string[]> => {
  const state = (await sandboxState(sandbox.origin)) as { accounts: { accountId: string }[] };
  return state.accounts.map((a) => a.accountId);
};
