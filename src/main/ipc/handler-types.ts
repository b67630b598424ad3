import type { CallOutput, CallParsedInput, ContractSpec } from '../../shared/contract/define';
import type { Contract } from '../../shared/contract';

/** Who is calling: the handler never needs more than this (no event, no request object). */
export interface CallContext {
  readonly host: 'electron' | 'web';
}

export type Handler<C> = (input: CallParsedInput<C>, ctx: CallContext) => Promise<CallOutput<C>>;

/** One handler per call of a domain; a missing one is a compile error. */
export type DomainHandlers<T extends ContractSpec, D extends keyof T> = {
  [M in keyof T[D]]: Handler<T[D][M]>;
};

export type HandlerTableOf<T extends ContractSpec> = { [D in keyof T]: DomainHandlers<T, D> };

export type HandlerTable = HandlerTableOf<Contract>;
