import { describe, expect, it } from 'vitest';
import { stageOf, stuckOf, type PracticeFacts } from '../../../src/shared/domain/pipeline-stage';
import { mergeFacts } from '../../../src/main/services/pipeline/merge-facts';

const DAY = 24 * 60 * 60 * 1000;
/** Monday 2 November 2026, 09:00 UTC. */
const MONDAY = Date.parse('2026-11-02T09:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

const facts = (over: Partial<PracticeFacts> = {}): PracticeFacts => ({
  accountId: 'sunrise-01',
  name: 'Sunrise Family Clinic',
  listed: true,
  locations: null,
  users: null,
  detailsComplete: null,
  incompleteSince: null,
  numbers: null,
  textSent: false,
  reached: {},
  checkedAt: null,
  ...over,
});

describe('the stage of a practice', () => {
  it('goes through every stage as its facts are learned', () => {
    expect(stageOf(facts())).toBe('created');
    expect(stageOf(facts({ locations: 0, users: 0 }))).toBe('created');
    expect(stageOf(facts({ locations: 1 }))).toBe('locations');
    expect(stageOf(facts({ locations: 1, users: 2 }))).toBe('users');
    expect(stageOf(facts({ locations: 1, users: 2, detailsComplete: true }))).toBe('details');
    const numbers = (status: 'none' | 'number-pending' | 'pending' | 'approved' | 'rejected') => [
      { locationId: 7, status, since: iso(MONDAY) },
    ];
    const complete = { locations: 1, users: 2, detailsComplete: true };
    expect(stageOf(facts({ ...complete, numbers: numbers('none') }))).toBe('details');
    expect(stageOf(facts({ ...complete, numbers: numbers('number-pending') }))).toBe('requested');
    expect(stageOf(facts({ ...complete, numbers: numbers('pending') }))).toBe('requested');
    expect(stageOf(facts({ ...complete, numbers: numbers('rejected') }))).toBe('requested');
    expect(stageOf(facts({ ...complete, numbers: numbers('approved') }))).toBe('approved');
    expect(stageOf(facts({ ...complete, numbers: numbers('approved'), textSent: true }))).toBe('texted');
  });

  it('is the furthest stage reached: an approved practice without users is still approved', () => {
    const approved = facts({
      locations: 0,
      users: 0,
      detailsComplete: false,
      numbers: [{ locationId: 1, status: 'approved', since: iso(MONDAY) }],
    });
    expect(stageOf(approved)).toBe('approved');
  });
});

describe('stuck practices', () => {
  const waiting = (status: 'pending' | 'number-pending', since: number) =>
    facts({ detailsComplete: true, numbers: [{ locationId: 1, status, since: iso(since) }] });

  it('flags a number waiting beyond 3 business days, counting no weekend', () => {
    // Monday 09:00 to Thursday 09:00: 3 business days, the usual.
    expect(stuckOf(waiting('pending', MONDAY), MONDAY + 3 * DAY)).toEqual([]);
    // Friday 09:00: 4 business days.
    expect(stuckOf(waiting('pending', MONDAY), MONDAY + 4 * DAY)).toEqual([
      { kind: 'verification-pending', status: 'pending', since: iso(MONDAY), businessDays: 4 },
    ]);
    // Requested Thursday 09:00; the next Tuesday 09:00 is 5 days later but only 3 business days.
    const thursday = MONDAY + 3 * DAY;
    expect(stuckOf(waiting('number-pending', thursday), thursday + 5 * DAY)).toEqual([]);
    expect(stuckOf(waiting('number-pending', thursday), thursday + 6 * DAY)).toMatchObject([
      { kind: 'verification-pending', status: 'number-pending', businessDays: 4 },
    ]);
  });

  it('never flags an approved or rejected number for waiting', () => {
    const old = MONDAY - 60 * DAY;
    for (const status of ['approved', 'rejected'] as const)
      expect(
        stuckOf(
          facts({ detailsComplete: true, numbers: [{ locationId: 1, status, since: iso(old) }] }),
          MONDAY,
        ),
      ).toEqual([]);
  });

  it('flags SMS business details incomplete for more than a week (calendar days)', () => {
    const incomplete = facts({ detailsComplete: false, incompleteSince: iso(MONDAY) });
    expect(stuckOf(incomplete, MONDAY + 7 * DAY)).toEqual([]);
    expect(stuckOf(incomplete, MONDAY + 7 * DAY + 1)).toEqual([
      { kind: 'details-incomplete', since: iso(MONDAY), days: 7 },
    ]);
    expect(stuckOf(facts({ detailsComplete: true, incompleteSince: null }), MONDAY + 30 * DAY)).toEqual([]);
  });
});

describe('merging what was learned', () => {
  const at = (days: number) => iso(MONDAY + days * DAY);

  it('dates each stage when it is first learned, and keeps that date', () => {
    let f = mergeFacts(undefined, 'sunrise-01', { name: 'Sunrise', detailsComplete: false }, at(0));
    expect(f.reached).toEqual({ created: at(0) });
    expect(f.incompleteSince).toBe(at(0));
    f = mergeFacts(f, 'sunrise-01', { locations: 2, users: 0 }, at(1));
    expect(f.reached).toEqual({ created: at(0), locations: at(1) });
    f = mergeFacts(f, 'sunrise-01', { locations: 3 }, at(2));
    expect(f.reached.locations).toBe(at(1));
    f = mergeFacts(f, 'sunrise-01', { detailsComplete: true }, at(3));
    expect(f.reached.details).toBe(at(3));
    expect(f.incompleteSince).toBeNull();
    // Made incomplete again: the week starts over, the date it was first complete stays.
    f = mergeFacts(f, 'sunrise-01', { detailsComplete: false }, at(4));
    expect(f.incompleteSince).toBe(at(4));
    expect(f.reached.details).toBe(at(3));
    f = mergeFacts(f, 'sunrise-01', { detailsComplete: false }, at(5));
    expect(f.incompleteSince).toBe(at(4));
  });

  it("counts a submission's locations and users as at least, never fewer than Updox listed", () => {
    let f = mergeFacts(undefined, 'a', { locations: 4 }, at(0));
    f = mergeFacts(f, 'a', { locationsAtLeast: 1, usersAtLeast: 2 }, at(1));
    expect(f.locations).toBe(4);
    expect(f.users).toBe(2);
    expect(f.reached.users).toBe(at(1));
  });

  it('dates SMS Approved and Number requested together when the first look finds an approved number', () => {
    const f = mergeFacts(
      undefined,
      'a',
      { numbers: [{ locationId: 1, status: 'approved', since: at(-3) }] },
      at(0),
    );
    expect(f.reached).toMatchObject({ requested: at(0), approved: at(0) });
  });
});
