import { describe, expect, it } from 'vitest';
import type { SmsPollStatus, SmsToast } from '../../../src/shared/contract/sms';
import {
  fillTemplate,
  placeholderAdvice,
  placeholderProblem,
  placeholdersIn,
} from '../../../src/renderer/screens/sms/fill-template';
import { cadenceWords, checkScheduleWords, inAbout } from '../../../src/renderer/screens/sms/check-words';
import { groupToasts } from '../../../src/renderer/screens/sms/toast-groups';
import { matchAccounts, sortAccounts, uniqueMatch } from '../../../src/renderer/screens/sms/account-search';
import {
  requestNumberQuestion,
  sendRequestsNumber,
  statusKey,
  unselectedWhy,
} from '../../../src/renderer/screens/sms/number-words';
import { outcomeWords } from '../../../src/renderer/screens/sms/SendOutcomeNote';

const MIN = 60_000;

describe('templates with a missing value', () => {
  const blankPhone = { practiceName: 'Sunrise', locationName: 'Powell', practicePhone: '' };

  it('leaves a visible placeholder instead of broken text, and Send is refused naming it', () => {
    const filled = fillTemplate(
      '{practiceName} is trying to reach you. Please call us at {practicePhone}.',
      blankPhone,
    );
    expect(filled).toBe('Sunrise is trying to reach you. Please call us at [practice phone].');
    expect(filled).not.toContain(' at .');
    expect(placeholdersIn(filled)).toEqual(['practicePhone']);
    expect(placeholderProblem(filled)).toMatch(/replace \[practice phone\] before sending/);
    expect(placeholderAdvice.practicePhone).toMatch(/no phone number on its Updox record.*Edit the practice/);
  });

  it('treats a blank (spaces only) value as missing, and clears once the person types over it', () => {
    const filled = fillTemplate('{practiceName} at {locationName}', {
      ...blankPhone,
      practiceName: '  ',
      locationName: '',
    });
    expect(filled).toBe('[practice name] at [location name]');
    expect(placeholdersIn(filled)).toEqual(['practiceName', 'locationName']);
    expect(placeholderProblem(filled)).toMatch(/\[practice name\], \[location name\].*for them/);
    expect(placeholderProblem('Sunrise at Powell')).toBeNull();
  });
});

describe('when numbers are checked', () => {
  const now = Date.parse('2024-06-03T12:00:00Z');
  const poll = (over: Partial<SmsPollStatus> = {}): SmsPollStatus => ({
    changeSeq: 1,
    lastCheckedAt: new Date(now - 2 * MIN).toISOString(),
    nextCheckAt: new Date(now + 13 * MIN - 5_000).toISOString(),
    intervalMs: 15 * MIN,
    pendingAccounts: ['a'],
    backingOff: false,
    ...over,
  });

  it('says when it last checked and when it checks next while a number waits', () => {
    expect(checkScheduleWords({ checkedAt: undefined, poll: poll(), waiting: true, now })).toBe(
      'Checked 2 minutes ago · next check in about 13 minutes',
    );
    // The screen's own load counts as a check when it is later.
    expect(
      checkScheduleWords({ checkedAt: new Date(now).toISOString(), poll: poll(), waiting: true, now }),
    ).toMatch(/^Checked just now · next check/);
    expect(
      checkScheduleWords({ checkedAt: undefined, poll: poll({ backingOff: true }), waiting: true, now }),
    ).toMatch(/Updox could not be reached; next try in about 13 minutes$/);
    expect(checkScheduleWords({ checkedAt: undefined, poll: poll(), waiting: false, now })).toBe(
      'Checked 2 minutes ago',
    );
  });

  it('words intervals plainly', () => {
    expect(inAbout(30_000)).toBe('in less than a minute');
    expect(inAbout(61_000)).toBe('in about 2 minutes');
    expect(inAbout(2 * 60 * MIN)).toBe('in about 2 hours');
    expect(cadenceWords(15 * MIN)).toBe('about every 15 minutes');
    expect(cadenceWords(300)).toBe('every few seconds');
  });

  it('a 4035 outcome names the location and says how often it is checked, not "on its own"', () => {
    const words = outcomeWords(
      {
        kind: 'result',
        result: { outcome: 'verification-requested', message: 'Verification requested.' },
        to4: '0120',
        from: 'Columbus',
        statusKey: '',
        numbersAt: '',
      },
      15 * MIN,
    );
    expect(words).toMatch(/^Not sent from Columbus\./);
    expect(words).toContain('about every 15 minutes');
    expect(words).not.toContain('on its own');
  });
});

describe('one grouped toast', () => {
  const toast = (
    kind: SmsToast['kind'],
    accountId: string,
    accountName: string,
    locationName: string,
  ): SmsToast => ({
    id: `${accountId}-${locationName}`,
    title: '',
    body: '',
    accountId,
    accountName,
    locationName,
    kind,
    tone: kind === 'approved' ? 'ok' : 'warn',
  });

  it('groups by kind, names practice and location, and lists each practice once for its link', () => {
    const groups = groupToasts([
      toast('rejected', 'lake', 'Lakeside', 'Powell'),
      toast('approved', 'sun', 'Sunrise Pediatrics', 'Columbus'),
      toast('approved', 'old', 'Old Clinic', 'Default Location'),
      toast('approved', 'sun', 'Sunrise Pediatrics', 'Dublin'),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['approved', 'rejected']);
    expect(groups[0]!.text).toBe(
      '3 SMS numbers approved: Sunrise Pediatrics (Columbus), Old Clinic (Default Location), Sunrise Pediatrics (Dublin).',
    );
    expect(groups[0]!.practices).toEqual([
      { accountId: 'sun', name: 'Sunrise Pediatrics' },
      { accountId: 'old', name: 'Old Clinic' },
    ]);
    expect(groups[1]!.text).toMatch(
      /^SMS number rejected: Lakeside \(Powell\)\. Check the SMS business details/,
    );
    expect(groupToasts([])).toEqual([]);
  });

  it('names an account by its ID when its name was never seen', () => {
    expect(groupToasts([toast('approved', 'x1', '', 'Columbus')])[0]!.practices[0]!.name).toBe('account x1');
  });
});

describe('the account chooser', () => {
  const accounts = [
    { accountId: 'z1', name: 'zeta Clinic', active: true },
    { accountId: 'a2', name: 'Alpha Care', active: true },
    { accountId: 'b9', name: '', active: false },
    { accountId: 'm3', name: 'Meadow Pediatrics', active: true },
  ];

  it('lists accounts A to Z (any case; no name sorts by ID)', () => {
    expect(sortAccounts(accounts).map((a) => a.accountId)).toEqual(['a2', 'b9', 'm3', 'z1']);
  });

  it('selects a unique match as the person types, never one of several', () => {
    expect(uniqueMatch(accounts, 'mead')?.accountId).toBe('m3');
    expect(uniqueMatch(accounts, 'A2')?.accountId).toBe('a2');
    expect(uniqueMatch(accounts, 'clinic')?.accountId).toBe('z1');
    expect(uniqueMatch(accounts, 'a')).toBeUndefined();
    expect(uniqueMatch(accounts, '  ')).toBeUndefined();
    expect(matchAccounts(accounts, '')).toHaveLength(4);
  });
});

describe('the Send From choice', () => {
  it('asks in words before a send that would request a number', () => {
    expect(sendRequestsNumber({ status: 'none' })).toBe(true);
    expect(sendRequestsNumber({ status: 'approved' })).toBe(false);
    expect(requestNumberQuestion('Powell')).toBe(
      'Sending from Powell will first request an SMS number for it; Updox then verifies it, usually in 2 to 3 business days. Request the number and try to send?',
    );
  });

  it('says why a chosen location was unselected and asks the person to pick', () => {
    expect(unselectedWhy('Columbus', { status: 'pending' })).toMatch(
      /^Columbus was unselected: its number is SMS Pending.*Choose the location to send from\.$/,
    );
    expect(unselectedWhy('Columbus', { status: 'rejected' })).toContain('SMS Rejected');
    expect(unselectedWhy('Columbus', undefined)).toMatch(/no longer an active location/);
  });

  it('fingerprints statuses so stale outcome notes can be dropped', () => {
    const before = statusKey([{ locationId: 1, status: 'pending' }]);
    expect(statusKey([{ locationId: 1, status: 'pending' }])).toBe(before);
    expect(statusKey([{ locationId: 1, status: 'approved' }])).not.toBe(before);
  });
});
