import { describe, expect, it } from 'vitest';
import {
  headerSetKey,
  initialMapping,
  rememberMapping,
  rememberedMapping,
} from '../../../src/renderer/screens/bulk/mapping-memory';

const memoryStore = () => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
};

describe('mapping memory', () => {
  const headers = ['Clinic', 'Code', 'Street'];

  it('matches by header until a mapping is accepted, then remembers it for the same header set', () => {
    const store = memoryStore();
    expect(initialMapping(store, 'practices', headers)).toEqual({
      mapping: [null, null, null],
      remembered: false,
    });
    rememberMapping(store, 'practices', headers, ['name', 'accountId', 'address1']);
    // Case and punctuation of the headers do not change the set.
    expect(initialMapping(store, 'practices', ['clinic', 'CODE', 'street '])).toEqual({
      mapping: ['name', 'accountId', 'address1'],
      remembered: true,
    });
    // Another set, or the same headers in another file kind: not remembered.
    expect(rememberedMapping(store, 'practices', ['Clinic', 'Code'])).toBeNull();
    expect(rememberedMapping(store, 'locations', headers)).toBeNull();
  });

  it('ignores what is stored when it is damaged, of another shape, or names fields that do not exist', () => {
    const store = memoryStore();
    const key = headerSetKey('practices', headers);
    for (const bad of [
      '{not json',
      JSON.stringify({ headers, columns: 'name' }),
      JSON.stringify({ headers, columns: ['name', 'accountId'] }),
      JSON.stringify({ headers, columns: ['name', 'accountId', 'favouriteColour'] }),
      JSON.stringify({ headers: ['Other', 'Code', 'Street'], columns: ['name', 'accountId', 'address1'] }),
    ]) {
      store.items.set(key, bad);
      expect(rememberedMapping(store, 'practices', headers), bad).toBeNull();
    }
  });

  it('goes on without memory when storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(() => rememberMapping(refusing, 'users', headers, [null, null, null])).not.toThrow();
    expect(rememberedMapping(refusing, 'users', headers)).toBeNull();
  });
});
