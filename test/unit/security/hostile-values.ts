import fc from 'fast-check';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';

/** Values an attacker or a broken renderer might send: wrong types, huge strings, deep nesting, prototype keys. */
const nest = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { a: value } : [value];
  return value;
};

const prototypeKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

const unicodeEdges = [
  '\u0000',
  '\uD800',
  '\uDFFF',
  'a\uD83D',
  '\u202Eevil',
  '\u200B\u200D\uFEFF',
  'e\u0301\u0301\u0301',
  '\uFFFF\uFFFE',
  '𝔘𝔭𝔡𝔬𝔵',
  'İıſK',
  '%E0%',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '${process.exit()}',
];

const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...unicodeEdges, ...prototypeKeys, '', ' ', '\n'),
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 65, max: 300 }).map((n) => 'a'.repeat(n)),
);

const prototypeObject = fc.constantFrom<unknown>(
  JSON.parse('{"__proto__":{"polluted":"yes"}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
  JSON.parse('{"__proto__":[],"toString":"x","valueOf":1}'),
);

/** Any JSON-able hostile value (so the same generator serves the dispatcher and HTTP). */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 20, max: 3_000 }).map(nest) },
  { weight: 1, arbitrary: prototypeObject },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      null,
      true,
      -1,
      1e308,
      0.5,
      [],
      {},
      [[[]]],
      Number.MAX_SAFE_INTEGER + 2,
    ),
  },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.constantFrom(...prototypeKeys, 'a'), hostileString, { maxKeys: 3 }),
  },
);

/** The keys of an input schema when it is an object (so fields can be set one at a time to hostile values). */
const inputKeys = (schema: z.ZodType): string[] => {
  const shape = (schema as { shape?: unknown }).shape;
  return typeof shape === 'object' && shape !== null ? Object.keys(shape) : [];
};

/** A whole payload for one contract entry: its own fields set to hostile values, or a hostile value as a whole. */
export const hostilePayload = (schema: z.ZodType): fc.Arbitrary<unknown> => {
  const keys = inputKeys(schema);
  if (keys.length === 0) return hostileValue;
  const fields = fc
    .tuple(...keys.map(() => fc.option(hostileValue, { nil: undefined, freq: 3 })))
    .map((values) =>
      Object.fromEntries(keys.flatMap((k, i) => (values[i] === undefined ? [] : [[k, values[i]]]))),
    );
  const withProtoKey = fields.chain((base) =>
    fc.constantFrom(...prototypeKeys).map((key) => {
      const out: Record<string, unknown> = { ...base };
      Object.defineProperty(out, key, { value: { polluted: 'yes' }, enumerable: true, writable: true });
      return out;
    }),
  );
  return fc.oneof(
    { weight: 4, arbitrary: fields },
    { weight: 1, arbitrary: withProtoKey },
    { weight: 1, arbitrary: hostileValue },
  );
};

/** sha256 of every file under `dir` (path -> hash), to prove a refused call changed nothing on disk. */
export const hashFolder = async (dir: string): Promise<Record<string, string>> => {
  const out: Record<string, string> = {};
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full)] = crypto
      .createHash('sha256')
      .update(await fs.readFile(full))
      .digest('hex');
  }
  return out;
};

/** The field a zod error names first, as the dispatcher names it ('_' for the input as a whole). */
export const firstFieldOf = (error: z.ZodError): string => {
  const issue = error.issues[0];
  return issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '_';
};
