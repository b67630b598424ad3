import type { Caller } from '../caller';
import type { LocationRecord, LocationSyncStatus, UpdoxLocation } from '../types';
import { UpdoxError } from '../updox-error';
import { type FieldNaming, parseValidationMessage } from '../validation-message';
import {
  locationRecordSchema,
  locationRequestItem,
  locationsRetrieveResponse,
  locationWireFields,
} from '../wire/location';
import { syncStatusesSchema } from '../wire/primitives';

/** The GEM's batch size; not a documented Updox limit, but what partners have run with. */
const BATCH_SIZE = 200;

const naming: FieldNaming = { wireToApp: locationWireFields, subject: 'location' };

function toStatus(item: { id: string; success: boolean; message: string }): LocationSyncStatus {
  const status: LocationSyncStatus = { externalId: item.id, success: item.success, message: item.message };
  if (!item.success && item.message !== '') {
    const parsed = parseValidationMessage(item.message, naming);
    if (parsed) status.fields = parsed.fields;
  }
  return status;
}

export function locationMethods(call: Caller) {
  return {
    /**
     * Upserts locations (keyed by externalId; every field is sent). Updox answers 2000 for the call and reports each
     * location separately: the result has one status per location, in the order sent.
     */
    locationsSync: async (
      accountId: string,
      locations: readonly LocationRecord[],
    ): Promise<LocationSyncStatus[]> => {
      const bad = locations.findIndex((l) => !locationRecordSchema.safeParse(l).success);
      if (bad >= 0) {
        throw new UpdoxError({
          kind: 'internal',
          method: 'LocationsSync',
          message: `LocationsSync needs whole location records; location ${bad + 1} has fields missing. Nothing was sent.`,
        });
      }
      const statuses: LocationSyncStatus[] = [];
      for (let start = 0; start < locations.length; start += BATCH_SIZE) {
        const batch = locations.slice(start, start + BATCH_SIZE);
        const answer = await call({
          method: 'LocationsSync',
          auth: 'account',
          accountId,
          body: { locations: batch.map(locationRequestItem) },
          response: syncStatusesSchema,
          retry: true,
          naming,
          context: { accountId },
        });
        statuses.push(...answer.statuses.map(toStatus));
      }
      return statuses;
    },

    practiceLocationsRetrieve: (
      accountId: string,
      options: { activeOnly: boolean },
    ): Promise<UpdoxLocation[]> =>
      call({
        method: 'PracticeLocationsRetrieve',
        auth: 'account',
        accountId,
        body: { activeOnly: options.activeOnly },
        response: locationsRetrieveResponse,
        retry: true,
        context: { accountId },
      }),
  };
}
