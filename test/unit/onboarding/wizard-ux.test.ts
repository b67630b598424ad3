import { describe, expect, it } from 'vitest';
import type { SubmissionView } from '../../../src/shared/contract/onboarding';
import { suggestTimeZone } from '../../../src/shared/domain/state-time-zone';
import { isUpdoxTimeZone } from '../../../src/shared/domain/time-zones';
import { usStates } from '../../../src/shared/domain/us-states';
import { displayPhone, displayZip } from '../../../src/renderer/components/form/display-values';
import { changedAt, stepStates, valueAt } from '../../../src/renderer/screens/wizard/step-states';
import { conflictFieldOf, submissionHeadline } from '../../../src/renderer/screens/wizard/submission-words';
import { validDraft } from './wizard-fixtures';
import { reviewFlagsOf } from '../../../src/renderer/screens/wizard/steps/ReviewFlags';
import { newDraftData, problemsOf } from '../../../src/renderer/screens/wizard/wizard-model';
import { checkWizardRecord } from '../../../src/shared/contract/onboarding';

const valid = () => {
  const d = newDraftData();
  d.practice = {
    ...d.practice,
    name: 'Sunrise',
    accountId: 'sunrise',
    address1: '1 Main St',
    city: 'Dublin',
    state: 'OH',
    postal: '43017',
    phone: '4065550120',
    timeZone: 'America/New_York',
    websiteUrl: 'https://sunrise.example.com',
  };
  d.users = [{ ...d.users[0]!, firstName: 'Jane', lastName: 'Smith', userId: 'jsmith', loginId: 'jsmith' }];
  return d;
};

describe('step marks come from the values (finding 6)', () => {
  const base = { current: 1 as const, shown: () => false, visited: new Set<number>(), synced: false };

  it('a blank new draft marks nothing done; the Practice step with an empty account ID is never done', () => {
    const d = newDraftData();
    d.practice.name = 'Sunrise';
    const problems = problemsOf(d, {}, []);
    const marks = stepStates({ ...base, current: 2, problems, visited: new Set([1, 2]) });
    expect(marks[1]).toBe('todo');
    expect(marks[7]).toBe('todo');
    const shown = stepStates({ ...base, current: 2, problems, visited: new Set([1, 2]), shown: () => true });
    expect(shown[1]).toBe('problems');
  });

  it('a valid draft ticks only the steps visited (a resumed one: up to where it was left); Review once synced', () => {
    const problems = problemsOf(valid(), { [valid().users[0]!.key]: 'Sunrise-2024' }, []);
    expect(Object.keys(problems).filter((p) => !p.startsWith('users'))).toEqual([]);
    const marks = stepStates({ ...base, problems: {}, visited: new Set([1, 2, 3]) });
    expect([marks[1], marks[2], marks[3], marks[4], marks[5], marks[6], marks[7]]).toEqual([
      'current',
      'done',
      'done',
      'todo',
      'todo',
      'todo',
      'todo',
    ]);
    // Never visited, nothing to fix (e.g. Websites, all optional): still not ticked.
    expect(stepStates({ ...base, current: 2, problems: {}, visited: new Set([1, 2]) })[4]).toBe('todo');
    expect(stepStates({ ...base, problems: {}, visited: new Set([1]), synced: true })[7]).toBe('done');
  });

  it('after a successful create no step has problems, even with the passwords forgotten and every step tried', () => {
    // The passwords are forgotten once sent, so the form alone would now say a password is missing.
    const afterCreate = problemsOf(valid(), {}, []);
    expect(Object.keys(afterCreate)).toEqual(['users.0.password']);
    const marks = stepStates({ ...base, current: 7, problems: afterCreate, shown: () => true, synced: true });
    expect(marks[6]).toBe('done');
    expect(stepStates({ ...base, current: 7, problems: afterCreate, shown: () => true })[6]).toBe('problems');
  });

  it('visiting a step with problems does not tick it', () => {
    const marks = stepStates({
      ...base,
      problems: { 'locations.1.code': 'Location code is required.' },
      visited: new Set([5]),
    });
    expect(marks[5]).toBe('todo');
    expect(marks[4]).toBe('todo');
  });
});

describe('a failure is stale once the field it names changes (finding 1)', () => {
  it('reads values by problem path and tells which changed', () => {
    const before = valid();
    const after = { ...before, practice: { ...before.practice, websiteAddress: 'lakeview-east' } };
    expect(valueAt(after, 'practice.websiteAddress')).toBe('lakeview-east');
    expect(valueAt(after, 'locations.0.code')).toBe(before.locations[0]!.code);
    expect(changedAt(before, after, ['practice.websiteAddress'])).toBe(true);
    expect(changedAt(before, after, ['practice.accountId', 'users.0.userId'])).toBe(false);
  });
});

const failed = (
  fields: Record<string, string> | undefined,
  completedSteps: SubmissionView['item']['completedSteps'],
) =>
  ({
    state: 'failed',
    draftId: 'd',
    item: {
      id: 'o',
      draftId: 'd',
      environmentId: 'sandbox',
      confirmedForProduction: false,
      accountId: 'lakeview',
      name: 'Lakeview East',
      city: '',
      state: '',
      mode: 'create',
      status: 'failed',
      completedSteps,
      lastError: { kind: 'conflict', message: 'm', ...(fields ? { fields } : {}) },
      createdAt: '',
      updatedAt: '',
    },
    steps: [],
    locations: [],
    users: [],
  }) as SubmissionView;

describe('the failure banner says one thing (finding 2)', () => {
  it('names the conflict, never both "not completely sent" and "nothing was sent"', () => {
    const taken = failed({ 'practice.accountId': 'exists' }, []);
    expect(submissionHeadline(taken, 'create', 'Sandbox')).toBe('Not created: account ID already used');
    expect(conflictFieldOf(taken)).toBe('practice.accountId');
    expect(submissionHeadline(failed({ 'practice.websiteAddress': 'x' }, []), 'create', 'Sandbox')).toBe(
      'Not created: portal web address already used',
    );
    expect(submissionHeadline(failed(undefined, []), 'update', 'Sandbox')).toBe(
      'Not saved: Updox refused Lakeview East. Nothing was sent.',
    );
    expect(submissionHeadline(failed(undefined, ['practice']), 'create', 'Sandbox')).toMatch(/^Partly sent/);
  });
});

describe('time zone from the state, and review flags (finding 9)', () => {
  it('suggests one of the nine Updox zones for every one of the 56 state and territory codes', () => {
    expect(usStates).toHaveLength(56);
    for (const s of usStates) {
      const zone = suggestTimeZone(s.code);
      expect(zone, s.code).not.toBeNull();
      expect(isUpdoxTimeZone(zone!)).toBe(true);
    }
    expect(suggestTimeZone('oh')).toBe('America/New_York');
    expect(suggestTimeZone('HI')).toBe('Pacific/Honolulu');
    expect(suggestTimeZone('AK')).toBe('America/Anchorage');
    expect(suggestTimeZone('AZ')).toBe('America/Phoenix');
    expect(suggestTimeZone('PR')).toBe('America/Puerto_Rico');
    expect(suggestTimeZone('VI')).toBe('America/Puerto_Rico');
    expect(suggestTimeZone('TX')).toBe('America/Chicago');
    expect(suggestTimeZone('CA')).toBe('America/Los_Angeles');
    expect(suggestTimeZone('ZZ')).toBeNull();
  });

  it('flags UTC and a blank website at Review, and nothing for a filled record', () => {
    const d = valid();
    const ok = checkWizardRecord(d, () => 'Sunrise-2024');
    if (!ok.ok) throw new Error(JSON.stringify(ok.problems));
    expect(reviewFlagsOf(ok.record)).toEqual([]);
    d.practice = { ...d.practice, timeZone: 'Zulu', websiteUrl: '' };
    const flagged = checkWizardRecord(d, () => 'Sunrise-2024');
    if (!flagged.ok) throw new Error(JSON.stringify(flagged.problems));
    expect(reviewFlagsOf(flagged.record).map((f) => f.step)).toEqual([3, 4]);
  });

  it('warns at Review that a practice without a street address cannot use SMS, naming what is missing', () => {
    const d = valid();
    d.practice = { ...d.practice, address1: '', postal: '' };
    const checked = checkWizardRecord(d, () => 'Sunrise-2024');
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(reviewFlagsOf(checked.record)).toEqual([
      {
        step: 2,
        text: 'No street address (Address line 1, ZIP code missing): a practice without one cannot use SMS until it is added.',
        action: 'Add the address',
      },
    ]);
  });
});

describe('a location code used twice is reported under the code the person typed (issue 10, item 17)', () => {
  it('under the code when the Location ID follows it; under the Location ID when the person typed their own', () => {
    const d = validDraft('dup-1');
    const first = d.locations.find((l) => !l.fixed)!;
    d.locations = [
      ...d.locations,
      { ...first, key: 'l2', name: 'Powell annex', externalId: `loc-${first.code}` },
    ];
    d.locations = d.locations.map((l) => (l.key === first.key ? { ...l, externalId: `loc-${l.code}` } : l));
    const dup = checkWizardRecord(d, () => 'Sunrise-2024');
    const index = d.locations.length - 1;
    expect(dup.ok).toBe(false);
    if (dup.ok) return;
    expect(dup.problems).toEqual({
      [`locations.${index}.code`]: `Location code ${first.code} is already used by ${first.name}: choose another code.`,
    });

    d.locations = d.locations.map((l) => (l.key === 'l2' ? { ...l, externalId: `loc-${first.code}-x` } : l));
    d.locations = d.locations.map((l) =>
      l.key === first.key ? { ...l, externalId: `loc-${first.code}-x` } : l,
    );
    const typed = checkWizardRecord(d, () => 'Sunrise-2024');
    expect(typed.ok).toBe(false);
    if (typed.ok) return;
    expect(Object.keys(typed.problems)).toEqual([`locations.${index}.externalId`]);
  });
});

describe('stored digits are shown formatted in the inputs (finding 7)', () => {
  it('formats bare digits and leaves what is being typed alone', () => {
    expect(displayZip('432151234')).toBe('43215-1234');
    expect(displayZip('4321')).toBe('4321');
    expect(displayPhone('6145550142')).toBe('(614) 555-0142');
    expect(displayPhone('614555')).toBe('614555');
    expect(displayPhone('614.555.0142')).toBe('614.555.0142');
  });
});

describe('queued and synced name the environment the item goes to', () => {
  it('says which Updox will receive it, and which holds it', () => {
    const base = failed(undefined, []);
    expect(submissionHeadline({ ...base, state: 'queued' }, 'create', 'Clinic A')).toBe(
      'Queued for Clinic A: it will be sent automatically when Updox can be reached there.',
    );
    expect(submissionHeadline({ ...base, state: 'synced' }, 'create', 'Production')).toMatch(
      /is in Updox \(Production\)\.$/,
    );
  });
});
