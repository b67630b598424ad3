import { z } from 'zod';
import { fieldKeys, looseShapeOf } from '../../../shared/domain/fields/field-spec';
import {
  locationFieldTable as table,
  locationRecordFields,
} from '../../../shared/domain/fields/location-fields';
import type { LocationRecord, UpdoxLocation } from '../types';
import { wireInt } from './primitives';
import { appNamesOf, readShapeOf, wireToAppOf, writeBodyOf } from './table-wire';

/**
 * A location on the Updox wire (reference 4.3), read and written from the location field table: LocationsSync
 * sends your Location ID as `id`; PracticeLocationsRetrieve answers it as `externalId` and Updox's own number as
 * `id`.
 */

const allFields = fieldKeys(table);

/** App field names by the wire keys that differ from them (for naming fields in Updox's messages). */
export const locationWireFields = wireToAppOf(table, locationRecordFields);

/** One item of a LocationsSync request: every field, always. */
export const locationRequestItem = (location: LocationRecord): Record<string, unknown> =>
  writeBodyOf(table, locationRecordFields, location);

/** Every field of a LocationRecord, for checking that a record is whole before it replaces one on Updox. */
export const locationRecordSchema = z.object({
  ...looseShapeOf(table, locationRecordFields),
  externalId: z.string().min(1),
});

/** An item of PracticeLocationsRetrieve `locations`. */
const locationItem = z
  .looseObject(readShapeOf(table, allFields, { updoxId: wireInt }))
  .transform((item) => appNamesOf(table, allFields, item) as UpdoxLocation);

export const locationsRetrieveResponse = z
  .object({ locations: z.array(locationItem) })
  .transform((r) => r.locations);
