import { z } from 'zod';

/**
 * A JSON object keyed by names that come from outside (row keys, draft ids, environment ids), read into a Map.
 * A plain object would turn `__proto__` into its prototype and find `constructor` on every object; z.record drops
 * a `__proto__` key silently. Here every own key of the parsed JSON is kept, whatever it is.
 */
export const mapRecord = <V extends z.ZodType>(value: V) =>
  z
    .custom<object>(
      (raw) => typeof raw === 'object' && raw !== null && !Array.isArray(raw),
      'Expected an object',
    )
    .transform((raw, ctx) => {
      const out = new Map<string, z.output<V>>();
      for (const [key, item] of Object.entries(raw)) {
        const parsed = value.safeParse(item);
        if (!parsed.success) {
          ctx.addIssue({
            code: 'custom',
            message: parsed.error.issues[0]?.message ?? 'Invalid',
            path: [key],
          });
          return z.NEVER;
        }
        out.set(key, parsed.data);
      }
      return out;
    });

/** A Map back to a JSON object: Object.fromEntries defines own properties, so `__proto__` stays a plain key. */
export const mapToJson = <V>(map: ReadonlyMap<string, V>): Record<string, V> => Object.fromEntries(map);
