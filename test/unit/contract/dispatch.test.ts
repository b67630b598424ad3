import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { call } from '../../../src/shared/contract/define';
import { createDispatcher } from '../../../src/main/ipc/dispatch';
import { AppError } from '../../../src/shared/errors';

const testContract = {
  demo: {
    echo: call(
      z.object({ name: z.string().min(1, 'Practice name is required.') }),
      z.object({ hello: z.string() }),
      '',
    ),
    broken: call(z.void(), z.object({ n: z.number() }), ''),
    refuses: call(z.void(), z.void(), ''),
    crashes: call(z.void(), z.void(), ''),
  },
};

const dispatch = createDispatcher(testContract, {
  demo: {
    echo: async ({ name }: { name: string }) => ({ hello: name }),
    // A handler with a bug its types cannot see (an answer read from somewhere untyped).
    broken: async () => JSON.parse('{"n":"not a number"}') as { n: number },
    refuses: async () => {
      throw new AppError({ kind: 'updox', code: 4130, message: 'An account with ID x already exists.' });
    },
    crashes: async () => {
      throw new TypeError('secret internals');
    },
  },
});
const ctx = { host: 'web' as const };

describe('the dispatcher', () => {
  it('parses input and answers data', async () => {
    expect(await dispatch('demo.echo', { name: 'Sunrise' }, ctx)).toEqual({
      ok: true,
      data: { hello: 'Sunrise' },
    });
  });

  it('refuses bad input with the field and the rule, without running the handler', async () => {
    expect(await dispatch('demo.echo', { name: '' }, ctx)).toEqual({
      ok: false,
      error: {
        kind: 'validation',
        message: 'Practice name is required.',
        fields: { name: 'Practice name is required.' },
      },
    });
  });

  it('refuses unknown calls, including prototype keys', async () => {
    for (const name of ['demo.nope', 'nope.echo', 'demo.constructor', '__proto__.x', 'demo', '']) {
      expect(await dispatch(name, {}, ctx)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    }
  });

  it('checks the output too', async () => {
    expect(await dispatch('demo.broken', undefined, ctx)).toMatchObject({
      ok: false,
      error: { kind: 'internal' },
    });
  });

  it('turns AppErrors into data and hides anything else', async () => {
    expect(await dispatch('demo.refuses', undefined, ctx)).toEqual({
      ok: false,
      error: { kind: 'updox', code: 4130, message: 'An account with ID x already exists.' },
    });
    const crashed = await dispatch('demo.crashes', undefined, ctx);
    expect(crashed).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(JSON.stringify(crashed)).not.toContain('secret internals');
  });
});
