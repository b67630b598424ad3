import type { CallOutput, CallParsedInput } from './define';
import type { Contract } from './index';

/**
 * What a service receives and answers for a call, derived from the contract (never restated): the input as the
 * call's schema parsed it, the answer its output schema checks.
 */
export type CallInputOf<D extends keyof Contract, M extends keyof Contract[D]> = CallParsedInput<
  Contract[D][M]
>;
export type CallOutputOf<D extends keyof Contract, M extends keyof Contract[D]> = CallOutput<Contract[D][M]>;
