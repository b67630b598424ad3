import { z } from 'zod';
import type { Environment } from '../settings/settings-schema';
import type { EmbeddedSandbox } from '../sandbox/embedded-sandbox';

const sandboxClockSchema = z.object({ clockOffsetMs: z.number().finite() });

/**
 * "Now" as the environment sees it. Updox's statusDate is real time; the embedded sandbox's is its own clock
 * (real time plus what its control plane advanced), so ages there are measured against that clock. If the
 * sandbox cannot say, real time is used (ages are never negative anyway).
 */
export const environmentNow = async (environment: Environment, sandbox: EmbeddedSandbox): Promise<number> => {
  if (environment.kind !== 'sandbox') return Date.now();
  try {
    const parsed = sandboxClockSchema.safeParse((await sandbox.get()).control('GET', 'state').body);
    return Date.now() + (parsed.success ? parsed.data.clockOffsetMs : 0);
  } catch {
    return Date.now();
  }
};
