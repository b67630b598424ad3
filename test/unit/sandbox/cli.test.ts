import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_USAGE, parseCliArgs } from '../../../src/sandbox/cli-args';

const root = path.resolve(__dirname, '../../..');
const runCli = (args: string[]) =>
  spawn(process.execPath, ['--import', 'tsx', 'src/sandbox/cli.ts', ...args], { cwd: root, stdio: 'pipe' });

describe('sandbox CLI flags', () => {
  it('parses the four flags', () => {
    expect(
      parseCliArgs(['--port', '4010', '--data', 'x.json', '--app-id', 'a', '--app-password', 'p']),
    ).toMatchObject({
      port: 4010,
      dataFile: 'x.json',
      appId: 'a',
      appPassword: 'p',
    });
    expect(parseCliArgs([])).toMatchObject({ logRequests: true });
  });

  it('refuses bad flags', () => {
    for (const args of [
      ['--port', 'abc'],
      ['--port', '70000'],
      ['--nope'],
      ['stray'],
      ['--data'],
      ['--app-id', ''],
    ]) {
      expect(parseCliArgs(args), args.join(' ')).toBeNull();
    }
  });
});

describe('sandbox CLI process', () => {
  it('prints its base URL, credentials and a control-plane hint, serves, and exits 0 on SIGTERM', async () => {
    const child = runCli(['--port', '0']);
    let out = '';
    const apiBase = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /listening: (http:\/\/127\.0\.0\.1:\d+\/api\/io\/)/.exec(out);
        if (match?.[1] && out.includes('_sandbox')) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`exited early with ${code}: ${out}`)));
    });
    expect(out).toContain('applicationId=sandbox-vendor');
    expect(out).toContain('applicationPassword=sandbox-password');
    const res = await fetch(`${apiBase}Ping`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect((await res.json()).responseCode).toBe(2000);
    const exitCode = await new Promise<number | null>((resolve) => {
      child.on('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
    expect(exitCode).toBe(0);
  });

  it('prints one usage line and exits 2 on a bad flag', async () => {
    const child = runCli(['--bogus']);
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(err.trim()).toBe(CLI_USAGE);
  });
});
