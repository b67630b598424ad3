import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { UpdoxError } from '../../../src/main/updox/updox-error';
import { isAccountAbsent, isTransient, isUnreachable } from '../../../src/main/updox/error-rules';
import { findPractice, reconcileCreate } from '../../../src/main/updox/methods/practice-create';

const updox = (code: number, kind: 'updox' | 'auth' = 'updox') =>
  new UpdoxError({ kind, code, method: 'PracticeGet', message: `code ${code}` });
const failed = (kind: 'network' | 'timeout' | 'unexpected-response') =>
  new UpdoxError({ kind, method: 'PracticeGet', message: kind });

describe('the rules read from a failed Updox call', () => {
  it('unreachable: no connection, no answer in time, a broken answer or a 5xxx; never an answer from Updox', () => {
    for (const error of [failed('network'), failed('timeout'), failed('unexpected-response'), updox(5000)])
      expect(isUnreachable(error)).toBe(true);
    expect(isUnreachable(new AppError({ kind: 'network', message: 'down' }))).toBe(true);
    for (const error of [updox(4131), updox(4010, 'auth'), new Error('x'), 'network'])
      expect(isUnreachable(error)).toBe(false);
  });

  it('transient: what may be sent again later; a broken answer is unreachable but not transient', () => {
    expect(isTransient(failed('network'))).toBe(true);
    expect(isTransient(updox(5001))).toBe(true);
    expect(isTransient(failed('unexpected-response'))).toBe(false);
    expect(isTransient(updox(4130))).toBe(false);
  });

  it('account absent: 4131 and 4011 from Updox, nothing else', () => {
    expect(isAccountAbsent(updox(4131))).toBe(true);
    expect(isAccountAbsent(updox(4011, 'auth'))).toBe(true);
    for (const error of [
      updox(4010, 'auth'),
      updox(4130),
      failed('timeout'),
      new AppError({ kind: 'not-found', code: 4131, message: 'x' }),
    ])
      expect(isAccountAbsent(error)).toBe(false);
  });

  it('create reconciliation: none -> absent, same name (spaces aside) -> ours, another name -> taken', () => {
    expect(reconcileCreate(null, 'Clinic')).toBe('absent');
    expect(reconcileCreate({ name: ' Clinic ' }, 'Clinic')).toBe('ours');
    expect(reconcileCreate({ name: 'Other' }, 'Clinic')).toBe('taken');
  });

  it('findPractice: null for an absent account, the error for anything else', async () => {
    await expect(findPractice(() => Promise.reject(updox(4131)), 'a1')).resolves.toBeNull();
    await expect(findPractice(() => Promise.reject(failed('timeout')), 'a1')).rejects.toThrow('timeout');
  });
});
