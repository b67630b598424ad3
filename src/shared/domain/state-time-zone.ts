import type { UpdoxTimeZone } from './time-zones';

/**
 * The Updox time zone most of a US state or territory keeps, to suggest when the state is chosen and the time
 * zone is still the default. A suggestion only: states split between zones (e.g. parts of IN, KY, TN, TX, FL,
 * OR, ID, ND, SD, NE, KS) get the zone most of their people live in, and the person can choose another.
 */
const zoneByState: Readonly<Record<string, UpdoxTimeZone>> = {
  ...Object.fromEntries(
    ['CT', 'DE', 'DC', 'FL', 'GA', 'IN', 'KY', 'ME', 'MD', 'MA', 'MI', 'NH', 'NJ', 'NY', 'NC', 'OH', 'PA']
      .concat(['RI', 'SC', 'VT', 'VA', 'WV'])
      .map((s) => [s, 'America/New_York' as const]),
  ),
  ...Object.fromEntries(
    ['AL', 'AR', 'IL', 'IA', 'KS', 'LA', 'MN', 'MS', 'MO', 'NE', 'ND', 'OK', 'SD', 'TN', 'TX', 'WI'].map(
      (s) => [s, 'America/Chicago' as const],
    ),
  ),
  ...Object.fromEntries(['CO', 'ID', 'MT', 'NM', 'UT', 'WY'].map((s) => [s, 'America/Denver' as const])),
  AZ: 'America/Phoenix',
  ...Object.fromEntries(['CA', 'NV', 'OR', 'WA'].map((s) => [s, 'America/Los_Angeles' as const])),
  AK: 'America/Anchorage',
  HI: 'Pacific/Honolulu',
  // Updox's nine zones have none for the Pacific territories; Honolulu is the nearest it offers.
  AS: 'Pacific/Honolulu',
  GU: 'Pacific/Honolulu',
  MP: 'Pacific/Honolulu',
  PR: 'America/Puerto_Rico',
  VI: 'America/Puerto_Rico',
};

/** The suggested time zone for a state code (any case), or null for a code not in the list. */
export const suggestTimeZone = (stateCode: string): UpdoxTimeZone | null =>
  zoneByState[stateCode.trim().toUpperCase()] ?? null;
