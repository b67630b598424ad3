import type { LocationView } from '../../../shared/contract/practice-view';
import type { PracticeLocation } from '../../../shared/domain/location';
import type { UpdoxLocation } from '../../updox/types';

/**
 * An Updox location in the app's shapes: the app's own location record (what the wizard edits) and what the
 * Accounts screens show. Both leave out the evening and appointment phones, which the app does not show.
 */

/** The app's location record (`zip`, as Updox's location wording has it, where the client says `postal`). */
export const toPracticeLocation = (l: UpdoxLocation): PracticeLocation => ({
  externalId: l.externalId,
  code: l.code,
  name: l.name,
  address1: l.address1,
  address2: l.address2,
  city: l.city,
  state: l.state,
  zip: l.postal,
  phone: l.phone,
  fax: l.fax,
  email: l.email,
  showInPortal: l.showInPortal,
  active: l.active,
});

/** The same fields with Updox's own ID, as the renderer receives them (PracticeLocationsRetrieve's `postal`). */
export const toLocationView = (l: UpdoxLocation): LocationView => {
  const { zip, ...fields } = toPracticeLocation(l);
  return { updoxId: l.updoxId, ...fields, postal: zip };
};
