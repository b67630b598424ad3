import type { z } from 'zod';

/** zod issues as {field path: message}; the first message per field wins. */
export const zodIssuesToFields = (issues: readonly z.core.$ZodIssue[]): Record<string, string> => {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '_';
    fields[key] ??= issue.message;
  }
  return fields;
};
