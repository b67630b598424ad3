import { z } from 'zod';
import type { LocationRecord, UpdoxLocation } from '../types';
import { wireBool, wireInt, wireString } from './primitives';

/** Location wire keys (reference 4.3) to app field names. Note `zip` on the wire, `postal` in the app. */
export const locationWireFields = {
  id: 'externalId',
  code: 'code',
  name: 'name',
  address1: 'address1',
  address2: 'address2',
  city: 'city',
  state: 'state',
  zip: 'postal',
  dayphone: 'phone',
  evephone: 'eveningPhone',
  faxphone: 'fax',
  apptphone: 'appointmentPhone',
  emailAddress: 'email',
  showInPortal: 'showInPortal',
  active: 'active',
} as const satisfies Record<string, keyof LocationRecord>;

type WireKey = keyof typeof locationWireFields;
const wireKeys = Object.keys(locationWireFields) as WireKey[];

/** One item of a LocationsSync request: every field, always. */
export const locationRequestItem = (location: LocationRecord): Record<string, unknown> =>
  Object.fromEntries(wireKeys.map((key) => [key, location[locationWireFields[key]]]));

export const locationRecordSchema = z.object({
  externalId: z.string().min(1),
  code: z.string(),
  name: z.string(),
  address1: z.string(),
  address2: z.string(),
  city: z.string(),
  state: z.string(),
  postal: z.string(),
  phone: z.string(),
  eveningPhone: z.string(),
  fax: z.string(),
  appointmentPhone: z.string(),
  email: z.string(),
  showInPortal: z.boolean(),
  active: z.boolean(),
});

/** An item of PracticeLocationsRetrieve `locations`. */
const locationItem = z
  .object({
    id: wireInt,
    externalId: wireString,
    code: wireString,
    name: wireString,
    address1: wireString,
    address2: wireString,
    city: wireString,
    state: wireString,
    zip: wireString,
    country: wireString,
    dayphone: wireString,
    evephone: wireString,
    faxphone: wireString,
    apptphone: wireString,
    emailAddress: wireString,
    showInPortal: wireBool(false),
    active: wireBool(true),
  })
  // Only the keys the wire names differently from the app; the others pass through as they are.
  .transform(
    ({ id, zip, dayphone, evephone, faxphone, apptphone, emailAddress, ...same }): UpdoxLocation => ({
      ...same,
      updoxId: id,
      postal: zip,
      phone: dayphone,
      eveningPhone: evephone,
      fax: faxphone,
      appointmentPhone: apptphone,
      email: emailAddress,
    }),
  );

export const locationsRetrieveResponse = z
  .object({ locations: z.array(locationItem) })
  .transform((r) => r.locations);
