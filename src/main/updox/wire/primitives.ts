import { z } from 'zod';

/**
 * Tolerant readers for Updox's JSON: strings may be null or absent ('' then), booleans may come as "true"/"false"
 * strings, integers may come as numeric strings. Anything else is an unexpected form.
 */

export const wireString = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => (v === null || v === undefined ? '' : String(v)));

const boolText = z.string().regex(/^(true|false)$/i, 'not a boolean');

export const wireBool = (absent: boolean) =>
  z
    .union([z.boolean(), boolText])
    .nullish()
    .transform((v) =>
      v === null || v === undefined ? absent : typeof v === 'boolean' ? v : v.toLowerCase() === 'true',
    );

export const wireInt = z.union([
  z.number().int(),
  z
    .string()
    .regex(/^-?\d+$/)
    .transform(Number),
]);

/** The envelope every Updox answer carries. */
export const envelopeSchema = z.object({
  successful: wireBool(false),
  responseMessage: wireString,
  responseCode: wireInt,
});

export type Envelope = z.infer<typeof envelopeSchema>;

/** LocationsSync (and other *Sync) per-item results. */
const syncStatusSchema = z.object({
  id: wireString,
  success: wireBool(false),
  message: wireString,
});

export const syncStatusesSchema = z.object({ statuses: z.array(syncStatusSchema) });

/** For methods whose success carries nothing beyond the envelope. */
export const okOnly = z.unknown().transform((): void => undefined);
