import { AppError } from '../../../shared/errors';

/** A custom environment's base URL: https, or http on this machine only (a standalone `npm run sandbox`). */
export const checkCustomApiBase = (raw: string): string => {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw invalid('Base URL must be a full address, for example https://updoxqa.com/api/io/.');
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw invalid(
      'Base URL must start with https:// (plain http is allowed only for 127.0.0.1 or localhost).',
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw invalid('Base URL must not contain a query, a fragment or a user name.');
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
};

const invalid = (message: string) =>
  new AppError({ kind: 'validation', message, fields: { apiBase: message } });

/** Production asks before any write; the renderer confirms and calls again with confirmProduction: true. */
export const assertWriteConfirmed = (kind: string, confirmed: boolean | undefined, what: string): void => {
  if (kind === 'production' && !confirmed) {
    throw new AppError({
      kind: 'forbidden',
      message: `This ${what} goes to Production, where real practices live. Confirm to continue.`,
      fields: { confirmProduction: 'Confirm the write to Production.' },
    });
  }
};

const nameOf = (environments: readonly { id: string; name: string }[], id: string) =>
  environments.find((e) => e.id === id)?.name ?? `an environment that was removed (${id})`;

/**
 * The wall between environments: an item (draft, queued submission, form) made in one environment is never
 * opened, reviewed or sent while another is active. An item without an environment (stored by an earlier
 * version) must be assigned to one first.
 */
export const assertSameEnvironment = (
  active: { id: string; name: string },
  itemEnvironmentId: string | null,
  environments: readonly { id: string; name: string }[],
  what: string,
): void => {
  if (itemEnvironmentId === null) {
    throw new AppError({
      kind: 'conflict',
      message: `This ${what} is from an earlier version of the app and belongs to no environment yet. Assign it to an environment on the Accounts screen first.`,
      fields: { environmentId: 'Assign this item to an environment.' },
    });
  }
  if (itemEnvironmentId !== active.id) {
    const owner = nameOf(environments, itemEnvironmentId);
    throw new AppError({
      kind: 'conflict',
      message: `This ${what} belongs to ${owner}, but ${active.name} is active. Nothing was sent. Switch to ${owner} to continue it.`,
      fields: { environmentId: `Belongs to ${owner}.` },
    });
  }
};
