import { z } from 'zod';
import { accountIdRule } from '../domain/field-rules/identifiers';

/** zod issues as {field path: message}; the first message per field wins. */
export const zodIssuesToFields = (issues: readonly z.core.$ZodIssue[]): Record<string, string> => {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '_';
    fields[key] ??= issue.message;
  }
  return fields;
};

/**
 * An object whose keys come from the person or the renderer (row keys), validated key by key. Unlike z.record,
 * which drops a `__proto__` key silently, every own key is kept: the output is built with Object.fromEntries,
 * so `__proto__` stays a plain own key and never becomes a prototype.
 */
export const ownKeyRecord = <K extends z.ZodType<string>, V extends z.ZodType>(key: K, value: V) =>
  z
    .custom<object>(
      (raw) => typeof raw === 'object' && raw !== null && !Array.isArray(raw),
      'Expected an object',
    )
    .transform((raw, ctx): Record<string, z.output<V>> => {
      const entries: [string, z.output<V>][] = [];
      for (const [name, item] of Object.entries(raw)) {
        const keyParsed = key.safeParse(name);
        const parsed = value.safeParse(item);
        if (!keyParsed.success || !parsed.success) {
          const message = !keyParsed.success
            ? (keyParsed.error.issues[0]?.message ?? 'Invalid key')
            : (parsed.error?.issues[0]?.message ?? 'Invalid');
          ctx.addIssue({ code: 'custom', message, path: [name] });
          return z.NEVER;
        }
        entries.push([name, parsed.data]);
      }
      return Object.fromEntries(entries);
    });

const accountIdCheck = accountIdRule();

/**
 * An existing account's ID as a call takes it: the domain's one account ID rule (1 to 64 letters, digits, "-",
 * "_" or "."), so an ID no account can have is refused here, naming the field, before it reaches Updox or a log.
 */
export const accountIdInputSchema = z
  .string()
  .max(1000, 'Account ID must be 1 to 64 letters, digits, hyphens, underscores or dots.')
  .trim()
  .superRefine((value, ctx) => {
    const problem = accountIdCheck.problem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });
