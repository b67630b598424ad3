import { describe, expect, it } from 'vitest';
import { callNamesByDomain } from '../../../src/shared/contract/call-names';
import { callNames } from '../../../src/shared/contract/define';
import { contract } from '../../../src/shared/contract';

describe('the names-only call list', () => {
  it('lists exactly the contract calls, domain by domain', () => {
    expect(Object.keys(callNamesByDomain).sort()).toEqual(Object.keys(contract).sort());
    const listed = Object.entries(callNamesByDomain).flatMap(([domain, methods]) =>
      methods.map((method) => `${domain}.${method}`),
    );
    expect(listed.sort()).toEqual(callNames(contract).sort());
    expect(new Set(listed).size).toBe(listed.length);
  });
});
