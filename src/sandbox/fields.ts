import { z } from 'zod';

/**
 * Reading method fields from an untrusted body. JSON null, absence and blank strings all mean "not set";
 * booleans also accept "true"/"false" strings; integers also accept digit strings. A value of the wrong type is
 * a problem reported as `<wireField>: <rule>`.
 */

const issue = (message: string) => ({ code: 'custom' as const, message });

const stringField = z.unknown().transform((v, ctx): string | null => {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'string') {
    ctx.addIssue(issue('must be a string'));
    return z.NEVER;
  }
  return v.trim() === '' ? null : v;
});

const boolField = z.unknown().transform((v, ctx): boolean | null => {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) return v.trim().toLowerCase() === 'true';
  ctx.addIssue(issue('must be a boolean'));
  return z.NEVER;
});

const intField = z.unknown().transform((v, ctx): number | null => {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'string' && /^-?\d{1,15}$/.test(v.trim())) return Number(v.trim());
  ctx.addIssue(issue('must be an integer'));
  return z.NEVER;
});

export type FieldSource = Record<string, unknown>;

/** Collects problems while reading; `problems` lists them in reading order. */
export class FieldReader {
  readonly problems: string[] = [];
  private readonly failed = new Set<string>();

  constructor(private readonly source: FieldSource) {}

  string(key: string): string | null {
    return this.read(key, stringField);
  }

  bool(key: string): boolean | null {
    return this.read(key, boolField);
  }

  int(key: string): number | null {
    return this.read(key, intField);
  }

  /** Records a rule problem for a field. */
  problem(key: string, rule: string): void {
    this.problems.push(`${key}: ${rule}`);
    this.failed.add(key);
  }

  /** Whether a problem was already recorded for the field (e.g. a wrong type). */
  hasProblem(key: string): boolean {
    return this.failed.has(key);
  }

  /** Records "is required" when the value is not set and no other problem was recorded for it. */
  require(key: string, value: unknown): void {
    if (value === null && !this.failed.has(key)) this.problem(key, 'is required');
  }

  /** Applies `rule` to a value that is set; records `message` when the rule fails. */
  check(key: string, value: string | null, rule: (v: string) => boolean, message: string): void {
    if (value !== null && !rule(value)) this.problem(key, message);
  }

  private read<T>(key: string, schema: z.ZodType<T | null>): T | null {
    const result = schema.safeParse(this.source[key]);
    if (result.success) return result.data;
    this.problem(key, result.error.issues[0]?.message ?? 'is invalid');
    return null;
  }
}

/** Narrows an unknown value to a plain object (for list items), or null. */
export function asObject(value: unknown): FieldSource | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as FieldSource) : null;
}
