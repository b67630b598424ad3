import { z } from 'zod';
import { blanksOf, storedShapeOf, typedShapeOf } from './fields/field-spec';
import { locationFieldTable, locationFields } from './fields/location-fields';

export const DEFAULT_LOCATION_CODE = 'def';
export const DEFAULT_LOCATION_NAME = 'Default Location';

/** Each field of a stored location, and as typed (from the location field table). */
const locationStoredShape = storedShapeOf(locationFieldTable, locationFields);
const locationTypedShape = typedShapeOf(locationFieldTable, locationFields);

/**
 * A practice location as the app holds it. `externalId` is your ID for it (sent as `id` in LocationsSync,
 * read back as `externalId`); the `zip` key follows Updox's location wording. Optional fields are ''.
 */
export const locationSchema = z.object(locationStoredShape);
export const locationFormSchema = z.object(locationTypedShape);

/** Named after Updox's own PracticeLocation (and so as not to shadow the DOM's Location). */
export type PracticeLocation = z.output<typeof locationSchema>;
export type PracticeLocationFormValues = z.input<typeof locationFormSchema>;

export const emptyLocation = (): PracticeLocation => blanksOf(locationFieldTable, locationFields);

/** Every Updox account has one: code "def", name "Default Location". */
export const defaultLocation = (): PracticeLocation => ({
  ...emptyLocation(),
  code: DEFAULT_LOCATION_CODE,
  name: DEFAULT_LOCATION_NAME,
});

export const isDefaultLocation = (location: { code: string }): boolean =>
  location.code === DEFAULT_LOCATION_CODE;
