import { describe, expect, it } from 'vitest';
import type { ActivityEntry } from '../../../src/shared/contract/activity';
import { describeMethod, describeResult, outcomeGroup } from '../../../src/shared/updox/activity-words';

const entry = (method: string, extra: Partial<ActivityEntry> = {}): ActivityEntry => ({
  at: '2026-11-23T09:00:00.000Z',
  method,
  environmentId: 'sandbox',
  outcome: 'ok',
  durationMs: 12,
  attempt: 1,
  ...extra,
});

describe('activity words', () => {
  it('say what a method did, in any letter case, and keep unknown names as they are', () => {
    expect(describeMethod('SmsSend')).toBe('Send a text message');
    expect(describeMethod('practicecreate')).toBe('Create a practice');
    expect(describeMethod('FaxOemSend')).toBe('FaxOemSend');
  });

  it('say how a call ended, with the Updox code when Updox refused', () => {
    expect(describeResult(entry('SmsSend', { outcome: 'updox-error', responseCode: 4035 }))).toMatch(/4035/);
    expect(describeResult(entry('PracticeCreate', { outcome: 'updox-error', responseCode: 4130 }))).toBe(
      'Refused by Updox (4130)',
    );
    expect(describeResult(entry('Ping', { outcome: 'network' }))).toBe('Updox not reached');
    // Is this account ID free? A read that finds nothing is a routine check, not a refusal.
    expect(describeResult(entry('PracticeGet', { outcome: 'updox-error', responseCode: 4131 }))).toBe(
      'No such account (4131)',
    );
    expect(describeResult(entry('PracticeUpdate', { outcome: 'updox-error', responseCode: 4131 }))).toBe(
      'Refused by Updox (4131)',
    );
  });

  it('group results as a person filters them: a 4131 existence check is done, not refused', () => {
    expect(outcomeGroup(entry('PracticeGet', { outcome: 'updox-error', responseCode: 4131 }))).toBe('done');
    expect(outcomeGroup(entry('PracticeCreate', { outcome: 'updox-error', responseCode: 4130 }))).toBe(
      'refused',
    );
    expect(outcomeGroup(entry('SmsSend', { outcome: 'timeout' }))).toBe('failed');
    expect(outcomeGroup(entry('SmsSend', { outcome: 'unexpected' }))).toBe('failed');
    expect(outcomeGroup(entry('SmsSend'))).toBe('done');
  });
});
