import { describe, expect, it } from 'vitest';
import {
  describeUpdoxCode,
  isKnownUpdoxCode,
  knownUpdoxCodes,
  updoxCodeField,
  updoxCodeKind,
} from '../../../src/shared/updox/codes';

/** Every code in the reference's tables (section 5): general, SMS, practice, user, contact/message/Direct, patient/portal/fax. */
const referenceCodes = [
  4000, 4010, 4011, 4012, 4060, 5000, 5100, 5110, 4013, 4014, 4015, 4020, 4021, 4035, 4039, 4070, 4071, 4072,
  4073, 4074, 4075, 4076, 4077, 4080, 4110, 4130, 4131, 4132, 4140, 4150, 4160, 4161, 4162, 4163, 4165, 4210,
  4230, 4231, 4232, 4233, 4240, 4241, 4250, 4251, 4252, 4330, 4331, 4410, 4420, 4430, 4610, 4620, 4621, 4630,
  4640, 4641, 4642, 4650, 4651, 4652, 4730, 4731, 4830, 4831, 4832, 4930, 4931, 4932, 4933, 4960, 6210, 6212,
  6213, 9010,
];

describe('describeUpdoxCode', () => {
  it('has words for every code in the reference', () => {
    const missing = referenceCodes.filter((c) => !isKnownUpdoxCode(c));
    expect(missing).toEqual([]);
    expect(knownUpdoxCodes).toContain(2000);
  });

  it.each(referenceCodes)('code %i reads as a sentence that is not the generic fallback', (code) => {
    const words = describeUpdoxCode(code, 'CANARY-UPDOX-TEXT', {});
    expect(words).not.toMatch(/^Updox answered \d+/);
    expect(words).toMatch(/^[A-Z'].*[.?]$/);
    expect(words).not.toMatch(/something went wrong/i);
    expect(words).not.toMatch(/undefined|null|\[object/);
  });

  it('names the account for 4130 and the portal address for 4140 (UX.md)', () => {
    expect(describeUpdoxCode(4130, 'Account already exists', { accountId: 'clinic-042' })).toBe(
      'An account with ID clinic-042 already exists. Open it to review an update instead?',
    );
    expect(describeUpdoxCode(4140, 'Web address is already taken', { websiteAddress: 'sunrise' })).toBe(
      "The portal web address 'sunrise' is taken. Choose another.",
    );
  });

  it('uses the exact UX.md words for the SMS codes', () => {
    expect(describeUpdoxCode(4035, 'SMS number not verified', { method: 'SmsSend' })).toBe(
      "Verification requested for this number. It usually takes 2 to 3 business days; we'll tell you when it's approved.",
    );
    expect(describeUpdoxCode(4039, 'insufficient', { method: 'SmsSend' })).toBe(
      'Updox needs more business information before it can verify a number for this practice.',
    );
    expect(describeUpdoxCode(4015, 'Unauthorized - API not enabled', { method: 'SmsSend' })).toBe(
      'SMS is not enabled for your Updox credentials. Ask your Updox account manager to enable it.',
    );
    expect(describeUpdoxCode(4015, 'x')).toBe(
      'SMS is not enabled for your Updox credentials. Ask your Updox account manager to enable it.',
    );
  });

  it('shows the number and Updox own message for an unknown code', () => {
    expect(describeUpdoxCode(4999, 'Flux capacitor offline')).toBe(
      'Updox answered 4999: Flux capacitor offline.',
    );
    expect(describeUpdoxCode(4998, 'Already a sentence.')).toBe('Updox answered 4998: Already a sentence.');
    expect(describeUpdoxCode(4997, '  ')).toBe('Updox answered 4997 with no message.');
  });

  it('carries Updox message for 4060 when it cannot be read field by field', () => {
    expect(describeUpdoxCode(4060, 'something odd')).toContain('something odd');
  });

  it('still reads well without context', () => {
    expect(describeUpdoxCode(4130, 'x')).toBe(
      'An account with this ID already exists. Open it to review an update instead?',
    );
    expect(describeUpdoxCode(4140, 'x')).toBe('The portal web address you entered is taken. Choose another.');
  });
});

describe('updoxCodeKind', () => {
  it('is auth for the credential codes and updox for the rest', () => {
    for (const code of [4010, 4011, 4012, 4014]) expect(updoxCodeKind(code)).toBe('auth');
    for (const code of [4000, 4013, 4015, 4035, 4039, 4060, 4130, 4140, 5000, 4999]) {
      expect(updoxCodeKind(code)).toBe('updox');
    }
  });
});

describe('updoxCodeField', () => {
  it('names the field a code is about', () => {
    expect(updoxCodeField(4130)).toBe('accountId');
    expect(updoxCodeField(4140)).toBe('websiteAddress');
    expect(updoxCodeField(4150)).toBe('directDomain');
    expect(updoxCodeField(4233)).toBe('password');
    expect(updoxCodeField(4035)).toBeUndefined();
  });
});
