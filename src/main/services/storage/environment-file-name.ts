import { createHash } from 'node:crypto';

const simpleId = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * `<prefix>-<environment id>.json`, safe on every OS for any environment id (ids are free text in settings): an
 * id that is not a plain word is replaced by its hash.
 */
export const environmentFileName = (prefix: string, environmentId: string): string =>
  simpleId.test(environmentId)
    ? `${prefix}-${environmentId}.json`
    : `${prefix}-${createHash('sha256').update(environmentId).digest('hex').slice(0, 32)}.json`;
