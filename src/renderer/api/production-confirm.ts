import type { Result } from '../../shared/errors';

/**
 * Main refuses a write to Production until the person confirms it (an error with fields.confirmProduction).
 * This asks, and when they agree, makes the same call again with confirmProduction: true.
 */
export const withProductionConfirm = async <T>(
  call: (confirmProduction: boolean) => Promise<Result<T>>,
  ask: (message: string) => boolean = (message) => window.confirm(message),
): Promise<Result<T>> => {
  const first = await call(false);
  if (first.ok || !first.error.fields?.confirmProduction) return first;
  if (!ask(`${first.error.message}\n\nChoose OK to write to Production, or Cancel to stop.`)) return first;
  return call(true);
};
