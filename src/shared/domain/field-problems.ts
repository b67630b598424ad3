import type { z } from 'zod';

/** Field-level problems as {field: message}; the first message per field wins; whole-object issues go to "_". */
export type FieldProblems = Record<string, string>;

export const issuesToFieldProblems = (issues: readonly z.core.$ZodIssue[]): FieldProblems => {
  const problems: FieldProblems = {};
  for (const issue of issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '_';
    problems[key] ??= issue.message;
  }
  return problems;
};

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: FieldProblems };

/** Parse with a schema and answer either the value or the problems per field. */
export const checkWith = <S extends z.ZodType>(schema: S, input: unknown): Checked<z.output<S>> => {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: issuesToFieldProblems(result.error.issues) };
};
