import type { Result } from '../../shared/errors';
import { confirmWithPerson } from './confirm';

/** Asks before a write to Production: a native dialog in the desktop app, the in-app dialog in a browser. */
export const askProductionWrite = (message: string): Promise<boolean> =>
  confirmWithPerson({
    kind: 'production',
    title: 'Write to Production?',
    message: `${message}\n\nIf you cancel, nothing is sent.`,
    confirmLabel: 'Write to Production',
  });

/**
 * Main refuses a write to Production until the person confirms it (an error with fields.confirmProduction).
 * This asks, and when they agree, makes the same call again with confirmProduction: true.
 */
export const withProductionConfirm = async <T>(
  call: (confirmProduction: boolean) => Promise<Result<T>>,
  ask: (message: string) => Promise<boolean> = askProductionWrite,
): Promise<Result<T>> => {
  const first = await call(false);
  if (first.ok || !first.error.fields?.confirmProduction) return first;
  if (!(await ask(first.error.message))) return first;
  return call(true);
};
