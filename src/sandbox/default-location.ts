import { DEFAULT_LOCATION_CODE, DEFAULT_LOCATION_NAME } from './defaults';
import type { Location } from './state';

/** The "def" Default Location every account gets when it is created: no external ID, no address. */
export const defaultLocationOf = (id: number, accountId: string): Location => ({
  id,
  accountId,
  code: DEFAULT_LOCATION_CODE,
  externalId: null,
  name: DEFAULT_LOCATION_NAME,
  address1: null,
  address2: null,
  city: null,
  state: null,
  zip: null,
  dayphone: null,
  evephone: null,
  faxphone: null,
  apptphone: null,
  emailAddress: null,
  showInPortal: false,
  active: true,
});
