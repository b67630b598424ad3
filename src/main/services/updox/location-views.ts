import type { LocationView } from '../../../shared/contract/practice-view';
import type { PracticeLocation } from '../../../shared/domain/location';
import { pickFields } from '../../../shared/domain/fields/field-spec';
import { locationFieldTable, locationFields } from '../../../shared/domain/fields/location-fields';
import type { UpdoxLocation } from '../../updox/types';

/**
 * An Updox location in the app's shapes: the app's own location record (what the wizard edits) and what the
 * Accounts screens show. Both leave out the evening and appointment phones, which the app does not show.
 */

/** The app's location record: the location fields a person types. */
export const toPracticeLocation = (l: UpdoxLocation): PracticeLocation =>
  pickFields(locationFieldTable, locationFields, l);

/** The same fields with Updox's own ID, as the renderer receives them (the view calls the ZIP `postal`). */
export const toLocationView = (l: UpdoxLocation): LocationView => {
  const { zip, ...fields } = toPracticeLocation(l);
  return { updoxId: l.updoxId, ...fields, postal: zip };
};
