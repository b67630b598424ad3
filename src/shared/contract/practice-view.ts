import { z } from 'zod';
import { looseShapeOf } from '../domain/fields/field-spec';
import { practiceFieldTable, practiceViewFields } from '../domain/fields/practice-fields';

/**
 * A practice and its locations as Updox holds them, as the renderer receives them (not re-validated: what Updox
 * holds may break the app's rules). The one declaration of these shapes; other contracts pick from them.
 */

/** The whole practice record as PracticeGet / PracticeList return it (the field table's typed and panel fields). */
export const practiceViewSchema = z.object(looseShapeOf(practiceFieldTable, practiceViewFields));

/** A location as PracticeLocationsRetrieve returns it. */
export const locationViewSchema = z.object({
  updoxId: z.number().int(),
  externalId: z.string(),
  code: z.string(),
  name: z.string(),
  address1: z.string(),
  address2: z.string(),
  city: z.string(),
  state: z.string(),
  postal: z.string(),
  phone: z.string(),
  fax: z.string(),
  email: z.string(),
  showInPortal: z.boolean(),
  active: z.boolean(),
});

export type PracticeView = z.infer<typeof practiceViewSchema>;
export type LocationView = z.infer<typeof locationViewSchema>;
