import { AppError, type Result } from '../../shared/errors';
import { findCall, type ContractSpec } from '../../shared/contract/define';
import { zodIssuesToFields } from '../../shared/contract/zod-fields';
import type { CallContext, HandlerTableOf } from './handler-types';
import { logger } from '../services/log/logger';

/**
 * A handler as the dispatcher holds it: it takes the input its own call's schema has just parsed (the table's
 * type ties each handler to its call's parsed input, so the dispatcher never hands it anything else).
 */
type ParsedHandler = (input: never, ctx: CallContext) => Promise<unknown>;
type HandlersByDomain = Readonly<Partial<Record<string, Readonly<Partial<Record<string, ParsedHandler>>>>>>;

/**
 * The one path every call takes, in Electron and in the web host: find the call, parse its input, run the
 * handler, parse its output, and turn anything thrown into the shared error shape. Nothing else is trusted.
 */
export const createDispatcher = <T extends ContractSpec>(contract: T, table: HandlerTableOf<T>) => {
  const handlers: HandlersByDomain = table;
  return async (name: string, rawInput: unknown, ctx: CallContext): Promise<Result<unknown>> => {
    const spec = findCall(contract, name);
    const dot = name.indexOf('.');
    const domain = spec ? handlers[name.slice(0, dot)] : undefined;
    const handler = domain?.[name.slice(dot + 1)];
    if (!spec || !handler) {
      return {
        ok: false,
        error: { kind: 'forbidden', message: `There is no call named ${JSON.stringify(name)}.` },
      };
    }
    const parsed = spec.input.safeParse(rawInput);
    if (!parsed.success) {
      const fields = zodIssuesToFields(parsed.error.issues);
      const first = Object.values(fields)[0] ?? 'The request was not in the expected form.';
      return { ok: false, error: { kind: 'validation', message: first, fields } };
    }
    const started = performance.now();
    try {
      const data = await handler(parsed.data as never, ctx);
      const out = spec.output.safeParse(data);
      if (!out.success) {
        logger.error('call.output-invalid', { call: name, issues: out.error.issues.length });
        return {
          ok: false,
          error: { kind: 'internal', message: 'The app produced an answer it could not check.' },
        };
      }
      return { ok: true, data: out.data };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: err.toData() };
      logger.error('call.failed', { call: name, error: err instanceof Error ? err.name : typeof err });
      return {
        ok: false,
        error: {
          kind: 'internal',
          message: 'The app hit an unexpected problem. Your work is saved; try again.',
        },
      };
    } finally {
      logger.debug('call', { call: name, ms: Math.round(performance.now() - started) });
    }
  };
};

export type Dispatcher = ReturnType<typeof createDispatcher>;
