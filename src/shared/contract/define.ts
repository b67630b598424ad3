import type { z } from 'zod';

/** One renderer-to-main call: what it accepts and what it answers, both checked with zod in main. */
export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly summary: string;
}

export const call = <I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  summary: string,
): CallSpec<I, O> => ({ input, output, summary });

/** A domain is a named group of calls: `practices.list`, `drafts.save`... */
export type DomainSpec = Record<string, CallSpec>;
export type ContractSpec = Record<string, DomainSpec>;

export type CallInput<C> = C extends CallSpec<infer I, z.ZodType> ? z.input<I> : never;
export type CallParsedInput<C> = C extends CallSpec<infer I, z.ZodType> ? z.output<I> : never;
export type CallOutput<C> = C extends CallSpec<z.ZodType, infer O> ? z.output<O> : never;

/** Every call name of a contract as "domain.method". */
export type CallName<T extends ContractSpec> = {
  [D in keyof T & string]: `${D}.${keyof T[D] & string}`;
}[keyof T & string];

export const callNames = (contract: ContractSpec): string[] =>
  Object.entries(contract).flatMap(([domain, calls]) => Object.keys(calls).map((m) => `${domain}.${m}`));

export const findCall = (contract: ContractSpec, name: string): CallSpec | undefined => {
  const dot = name.indexOf('.');
  if (dot < 1) return undefined;
  const domain = name.slice(0, dot);
  const method = name.slice(dot + 1);
  if (!Object.hasOwn(contract, domain)) return undefined;
  const calls = contract[domain]!;
  return Object.hasOwn(calls, method) ? calls[method] : undefined;
};
