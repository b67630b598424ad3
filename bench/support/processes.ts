import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';

/** Resident memory of a process in MB (Linux /proc; NaN elsewhere). */
export const rssMb = async (pid: number): Promise<number> => {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb === undefined ? Number.NaN : Number(kb) / 1024;
  } catch {
    return Number.NaN;
  }
};

/** Milliseconds from spawning `node args` to the first stdout line matching `ready` (the process is then killed). */
export const timeToLine = (
  args: readonly string[],
  ready: RegExp,
  afterReady?: (pid: number) => Promise<void>,
): Promise<number> =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let done = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (done || !ready.test(out)) return;
      done = true;
      const ms = performance.now() - started;
      (afterReady ? afterReady(child.pid!) : Promise.resolve())
        .then(() => {
          child.kill('SIGTERM');
          child.once('exit', () => resolve(ms));
        })
        .catch(reject);
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => {
      if (!done) reject(new Error(`node ${args.join(' ')} exited with ${code} before it was ready:\n${out}`));
    });
  });

/** Milliseconds for `node -e 0`: the floor of any Node start on this machine, now. */
export const bareNodeStart = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', () => resolve(performance.now() - started));
  });
