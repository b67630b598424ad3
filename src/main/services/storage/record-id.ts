import { z } from 'zod';

/**
 * The id of a stored record, which is also its file name. Lower case only (two ids must never map to one file on
 * a case-insensitive disk), no dots or slashes (no path tricks), no Windows device names.
 */
export const recordIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,127}$/, 'Use 1 to 128 lower-case letters, digits, "-" or "_".')
  .refine((id) => !/^(con|prn|aux|nul|com\d|lpt\d)$/.test(id), 'This name is reserved by Windows.');

export function isRecordId(value: string): boolean {
  return recordIdSchema.safeParse(value).success;
}
