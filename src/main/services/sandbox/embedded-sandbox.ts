import fs from 'node:fs';
import path from 'node:path';
import { startSandbox, type RunningSandbox } from '../../../sandbox';

/**
 * The Updox sandbox that is the app's default environment: started in-process on a free loopback port, its
 * state in the data folder so practices created there survive a restart. Started lazily, once.
 */
export interface EmbeddedSandbox {
  get(): Promise<RunningSandbox>;
  close(): Promise<void>;
}

export const createEmbeddedSandbox = (dataDir: string): EmbeddedSandbox => {
  let running: Promise<RunningSandbox> | undefined;
  return {
    get() {
      if (!running) {
        const dir = path.join(dataDir, 'sandbox');
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        running = startSandbox({ port: 0, dataFile: path.join(dir, 'state.json') });
        running.catch(() => (running = undefined));
      }
      return running;
    },
    async close() {
      const current = running;
      running = undefined;
      if (current) await (await current).close();
    },
  };
};
