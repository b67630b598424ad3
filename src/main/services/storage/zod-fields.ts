import type { z } from 'zod';
import { AppError } from '../../../shared/errors';

/** A zod issue path as the app names fields: `data.locations.0.zip`; the whole value is `(root)`. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map((part) => String(part)).join('.');
}

/** One message per field (the first zod gave), keyed by field name. */
function fieldsFromZodError(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const name = fieldName(issue.path);
    if (!(name in fields)) fields[name] = issue.message;
  }
  return fields;
}

/** `field: message; field: message` for the first `limit` issues, for logs and problem reports. */
export function describeIssues(error: z.ZodError, limit: number): string {
  const parts = error.issues.slice(0, limit).map((issue) => `${fieldName(issue.path)}: ${issue.message}`);
  const more = error.issues.length - parts.length;
  return more > 0 ? `${parts.join('; ')} (and ${more} more)` : parts.join('; ');
}

/** An AppError of kind 'validation' that names every invalid field. */
export function validationError(what: string, error: z.ZodError): AppError {
  const fields = fieldsFromZodError(error);
  const names = Object.keys(fields);
  const noun = names.length === 1 ? 'field is' : 'fields are';
  return new AppError({
    kind: 'validation',
    message: `${what}: ${names.length} ${noun} invalid (${names.join(', ')}).`,
    fields,
  });
}
