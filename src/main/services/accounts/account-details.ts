import type { AccountDetails } from '../../../shared/contract/accounts';
import { AppError } from '../../../shared/errors';
import type { AppErrorData } from '../../../shared/errors';
import { toLocationView } from '../updox/location-views';
import { readinessBrief, toAccountRecord } from './account-views';
import type { ListDeps } from './account-list';
import { isUnreachable } from '../../updox/error-rules';
import { isDefaultLocation } from '../../../shared/domain/location';
import type { FactObservation } from '../pipeline/merge-facts';
import { logger } from '../log/logger';

/** What an account's page learned, for the pipeline (a failed write is logged: the page is shown anyway). */
const noteFacts = (deps: ListDeps, environmentId: string, accountId: string, o: FactObservation) =>
  deps.facts?.note(environmentId, new Map([[accountId, o]])).catch((error: unknown) =>
    logger.warn('pipeline.facts-write-failed', {
      environmentId,
      error: error instanceof Error ? error.message : 'unknown',
    }),
  );

const asErrorData = (error: unknown): AppErrorData =>
  error instanceof AppError
    ? error.toData()
    : { kind: 'internal', message: 'The locations could not be read because of an unexpected problem.' };

/**
 * One account: PracticeGet and PracticeLocationsRetrieve (all locations, inactive too) side by side. When Updox
 * cannot be reached, the record from the list kept on disk (without locations). Locations failing on their own
 * leave the record shown, with the reason.
 */
export const getAccount = async (deps: ListDeps, accountId: string): Promise<AccountDetails> => {
  const environment = deps.activeEnvironment();
  const base = { environmentId: environment.id, environmentName: environment.name };
  const partner = deps.partner(environment.id);
  try {
    const { client } = await deps.session(environment.id);
    const asOf = (deps.now?.() ?? new Date()).toISOString();
    const [practice, locations] = await Promise.all([
      client.practiceGet(accountId),
      client.practiceLocationsRetrieve(accountId, { activeOnly: false }).then(
        (list) => ({ ok: true as const, list }),
        (error: unknown) => ({ ok: false as const, error }),
      ),
    ]);
    deps.reportConnection('online');
    const record = toAccountRecord(practice);
    const sms = readinessBrief(record, partner);
    noteFacts(deps, environment.id, accountId, {
      name: record.name,
      detailsComplete: sms.complete,
      ...(locations.ok
        ? { locations: locations.list.filter((l) => l.active && !isDefaultLocation(l)).length }
        : {}),
    });
    return {
      ...base,
      source: 'live',
      asOf,
      unreachable: null,
      practice: record,
      sms,
      locations: locations.ok ? locations.list.map(toLocationView) : null,
      locationsError: locations.ok ? null : asErrorData(locations.error),
    };
  } catch (error) {
    if (!isUnreachable(error)) throw error;
    deps.reportConnection('unreachable');
    const cached = await deps.cache.read(environment.id);
    const record = cached?.practices.find((p) => p.accountId === accountId);
    if (!cached || !record) throw error;
    return {
      ...base,
      source: 'cache',
      asOf: cached.fetchedAt,
      unreachable: error.toData(),
      practice: record,
      sms: readinessBrief(record, partner),
      locations: null,
      locationsError: null,
    };
  }
};
