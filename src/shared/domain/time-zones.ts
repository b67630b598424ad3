/** The nine time zones Updox accepts for an account, with the words shown in a picker. Default: Zulu. */
export const updoxTimeZones = [
  { value: 'America/New_York', label: 'Eastern (New York)' },
  { value: 'America/Chicago', label: 'Central (Chicago)' },
  { value: 'America/Denver', label: 'Mountain (Denver)' },
  { value: 'America/Phoenix', label: 'Arizona (Phoenix)' },
  { value: 'America/Los_Angeles', label: 'Pacific (Los Angeles)' },
  { value: 'America/Anchorage', label: 'Alaska (Anchorage)' },
  { value: 'Pacific/Honolulu', label: 'Hawaii (Honolulu)' },
  { value: 'America/Puerto_Rico', label: 'Atlantic (Puerto Rico)' },
  { value: 'Zulu', label: 'UTC (Zulu)' },
] as const;

export type UpdoxTimeZone = (typeof updoxTimeZones)[number]['value'];

export const updoxTimeZoneValues = updoxTimeZones.map((z) => z.value) as [UpdoxTimeZone, ...UpdoxTimeZone[]];

export const DEFAULT_TIME_ZONE: UpdoxTimeZone = 'Zulu';

export const isUpdoxTimeZone = (value: string): value is UpdoxTimeZone =>
  (updoxTimeZoneValues as readonly string[]).includes(value);

export const timeZoneLabel = (value: string): string =>
  updoxTimeZones.find((z) => z.value === value)?.label ?? value;
