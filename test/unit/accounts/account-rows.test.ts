import { describe, expect, it } from 'vitest';
import type { AccountListItem } from '../../../src/shared/contract/accounts';
import type { DraftSummaryView, OutboxSummaryView } from '../../../src/shared/contract/onboarding';
import {
  countWords,
  filterRows,
  mergeAccountRows,
  type AccountRow,
} from '../../../src/renderer/screens/accounts/account-rows';

const practice = (
  accountId: string,
  name: string,
  extra: Partial<AccountListItem> = {},
): AccountListItem => ({
  accountId,
  name,
  city: 'Dublin',
  state: 'OH',
  active: true,
  sms: { complete: true, issues: 0 },
  ...extra,
});

const draft = (id: string, extra: Partial<DraftSummaryView> = {}): DraftSummaryView => ({
  id,
  kind: 'create',
  accountId: '',
  environmentId: 'sandbox',
  name: '',
  city: '',
  state: '',
  updatedAt: '2025-01-01T10:00:00.000Z',
  ...extra,
});

const outboxItem = (accountId: string, extra: Partial<OutboxSummaryView> = {}): OutboxSummaryView => ({
  id: `out-${accountId}`,
  draftId: `draft-of-${accountId}`,
  environmentId: 'sandbox',
  confirmedForProduction: false,
  accountId,
  name: `Queued ${accountId}`,
  city: 'Powell',
  state: 'OH',
  mode: 'create',
  status: 'queued',
  completedSteps: [],
  lastError: null,
  createdAt: '2025-01-01T10:00:00.000Z',
  updatedAt: '2025-01-01T10:00:00.000Z',
  ...extra,
});

const brief = (rows: readonly AccountRow[]) => rows.map((r) => [r.name, r.accountId, r.status, r.href]);

describe('mergeAccountRows', () => {
  it('says "Not in Updox" for a done submission that a live list taken after it does not have, never Synced', () => {
    const done = outboxItem('gone-1', { status: 'done', updatedAt: '2025-01-02T10:00:00.000Z' });
    const status = (liveListAt: string | null) =>
      mergeAccountRows([practice('kept-1', 'Kept')], [], [done], liveListAt).find(
        (r) => r.accountId === 'gone-1',
      )?.status;
    // A list older than the submission cannot know it yet; the copy on disk (null) proves nothing either.
    expect(status('2025-01-02T09:00:00.000Z')).toBe('synced');
    expect(status(null)).toBe('synced');
    expect(status('2025-01-02T11:00:00.000Z')).toBe('missing');
    // Listed again: an ordinary Synced row of Updox's practice.
    const listed = mergeAccountRows([practice('gone-1', 'Back')], [], [done], '2025-01-02T11:00:00.000Z');
    expect(brief(listed)).toEqual([['Back', 'gone-1', 'synced', '#/accounts/gone-1']]);
    expect(countWords(mergeAccountRows([], [], [done], '2025-01-02T11:00:00.000Z'))).toBe(
      '0 accounts, 1 sent but not in Updox now',
    );
  });

  it('lists Updox practices as Synced rows sorted by name (any case, numbers in order), opening the account', () => {
    const rows = mergeAccountRows(
      [practice('c-10', 'clinic 10'), practice('b', 'Bayside'), practice('c-9', 'Clinic 9')],
      [],
      [],
    );
    expect(brief(rows)).toEqual([
      ['Bayside', 'b', 'synced', '#/accounts/b'],
      ['Clinic 9', 'c-9', 'synced', '#/accounts/c-9'],
      ['clinic 10', 'c-10', 'synced', '#/accounts/c-10'],
    ]);
    expect(rows[0]).toMatchObject({ city: 'Dublin', state: 'OH', active: true, inUpdox: true });
  });

  it('adds create drafts as Draft rows that resume the draft, untitled ones last', () => {
    const rows = mergeAccountRows(
      [practice('m', 'Maple')],
      [draft('d1', { name: 'Aspen', accountId: 'aspen' }), draft('d2')],
      [],
    );
    expect(brief(rows)).toEqual([
      ['Aspen', 'aspen', 'draft', '#/new/d1'],
      ['Maple', 'm', 'synced', '#/accounts/m'],
      ['', '', 'draft', '#/new/d2'],
    ]);
    expect(rows[0]).toMatchObject({ active: null, sms: null, draftId: 'd1', inUpdox: false });
  });

  it('marks a practice with an update draft as Draft, keeps one row, and remembers the newest draft', () => {
    const rows = mergeAccountRows(
      [practice('m', 'Maple')],
      [
        draft('old', { kind: 'update', accountId: 'm', updatedAt: '2025-01-01T00:00:00.000Z' }),
        draft('new', { kind: 'update', accountId: 'm', updatedAt: '2025-02-01T00:00:00.000Z' }),
      ],
      [],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'draft', draftId: 'new', href: '#/accounts/m', active: true });
  });

  it('keeps a create draft whose account ID Updox already has as its own row', () => {
    const rows = mergeAccountRows(
      [practice('m', 'Maple')],
      [draft('d', { accountId: 'm', name: 'Maple 2' })],
      [],
    );
    expect(brief(rows)).toEqual([
      ['Maple', 'm', 'synced', '#/accounts/m'],
      ['Maple 2', 'm', 'draft', '#/new/d'],
    ]);
  });

  it('shows queued, sending and failed submissions: on the practice row, or as rows of their own', () => {
    const rows = mergeAccountRows(
      [practice('a', 'Alder'), practice('b', 'Birch')],
      [],
      [
        outboxItem('a', { mode: 'update', status: 'sending' }),
        outboxItem('b', { mode: 'update', status: 'failed' }),
        outboxItem('new', { name: 'Cedar' }),
      ],
    );
    expect(brief(rows)).toEqual([
      ['Alder', 'a', 'queued', '#/accounts/a'],
      ['Birch', 'b', 'failed', '#/accounts/b'],
      ['Cedar', 'new', 'queued', '#/accounts/new'],
    ]);
    expect(rows[2]).toMatchObject({ inUpdox: false, city: 'Powell', active: null });
  });

  it('ignores done submissions of listed accounts and shows done ones Updox does not list yet as Synced', () => {
    const rows = mergeAccountRows(
      [practice('a', 'Alder')],
      [],
      [outboxItem('a', { status: 'done' }), outboxItem('z', { status: 'done', name: 'Zelkova' })],
    );
    expect(brief(rows)).toEqual([
      ['Alder', 'a', 'synced', '#/accounts/a'],
      ['Zelkova', 'z', 'synced', '#/accounts/z'],
    ]);
  });

  it('joins the create draft of a queued submission to the submission row; failed wins over draft', () => {
    const rows = mergeAccountRows(
      [],
      [draft('d', { accountId: 'new', name: 'Cedar' })],
      [outboxItem('new', { name: 'Cedar', status: 'failed' })],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'failed', draftId: 'd', href: '#/accounts/new' });
  });

  // Its speed is a row of `npm run bench` (accounts list), not a timed unit test.
  it('merges 5,000 practices with drafts and outbox, in order', () => {
    const practices = Array.from({ length: 5_000 }, (_, i) => practice(`acct-${i}`, `Practice ${4_999 - i}`));
    const rows = mergeAccountRows(practices, [draft('d', { name: 'Aardvark' })], [outboxItem('acct-1')]);
    expect(rows).toHaveLength(5_001);
    expect(rows[0]?.name).toBe('Aardvark');
    expect(rows[1]?.name).toBe('Practice 0');
    expect(rows[5_000]?.name).toBe('Practice 4999');
  });
});

describe('filterRows', () => {
  const rows = mergeAccountRows(
    [
      practice('sunrise-01', 'Sunrise Family Care'),
      practice('oak-2', 'Oak Pediatrics', { active: false }),
      practice('pine', 'Pine Dental', { sms: { complete: false, issues: 3 } }),
    ],
    [draft('d', { name: 'Sunset Clinic' })],
    [outboxItem('q', { name: 'Queued One' }), outboxItem('f', { name: 'Failed One', status: 'failed' })],
  );
  const names = (r: readonly AccountRow[]) => r.map((x) => x.name);

  it('searches name or account ID, any case, ignoring surrounding spaces', () => {
    expect(names(filterRows(rows, '  SUN ', 'all'))).toEqual(['Sunrise Family Care', 'Sunset Clinic']);
    expect(names(filterRows(rows, 'oak-2', 'all'))).toEqual(['Oak Pediatrics']);
    expect(filterRows(rows, 'nothing like it', 'all')).toEqual([]);
  });

  it('filters by active, inactive, incomplete SMS details and by state', () => {
    expect(names(filterRows(rows, '', 'active'))).toEqual(['Pine Dental', 'Sunrise Family Care']);
    expect(names(filterRows(rows, '', 'inactive'))).toEqual(['Oak Pediatrics']);
    expect(names(filterRows(rows, '', 'incomplete'))).toEqual(['Pine Dental']);
    expect(names(filterRows(rows, '', 'draft'))).toEqual(['Sunset Clinic']);
    expect(names(filterRows(rows, '', 'queued'))).toEqual(['Queued One']);
    expect(names(filterRows(rows, '', 'failed'))).toEqual(['Failed One']);
    expect(filterRows(rows, '', 'synced')).toHaveLength(3);
  });

  it('combines search and filter', () => {
    expect(names(filterRows(rows, 'sun', 'draft'))).toEqual(['Sunset Clinic']);
    expect(filterRows(rows, '', 'all')).toBe(rows);
  });
});

describe('one row per draft and its submission (new-user review, finding 3)', () => {
  it('a draft and its failed create are one Failed row showing the account ID as typed now', () => {
    const rows = mergeAccountRows(
      [practice('lakeview', 'Lakeview Family Medicine')],
      [draft('d-east', { accountId: 'lakeview-east', name: 'Lakeview Family Medicine East' })],
      [
        outboxItem('lakeview', {
          draftId: 'd-east',
          name: 'Lakeview Family Medicine East',
          status: 'failed',
          lastError: { kind: 'conflict', code: 4130, message: 'exists' },
        }),
      ],
    );
    expect(brief(rows)).toEqual([
      ['Lakeview Family Medicine', 'lakeview', 'synced', '#/accounts/lakeview'],
      ['Lakeview Family Medicine East', 'lakeview-east', 'failed', '#/accounts/lakeview'],
    ]);
    expect(rows[1]).toMatchObject({ draftId: 'd-east', inUpdox: false });
  });

  it('a failed update still marks its practice; a queued create of a listed ID joins it as before', () => {
    const rows = mergeAccountRows(
      [practice('a', 'Alder'), practice('b', 'Birch')],
      [draft('d-a', { kind: 'update', accountId: 'a' })],
      [
        outboxItem('a', { draftId: 'd-a', mode: 'update', status: 'failed' }),
        outboxItem('b', { status: 'queued' }),
      ],
    );
    expect(brief(rows)).toEqual([
      ['Alder', 'a', 'failed', '#/accounts/a'],
      ['Birch', 'b', 'queued', '#/accounts/b'],
    ]);
    expect(rows[0]?.draftId).toBe('d-a');
  });

  it('counts accounts in Updox apart from drafts and queued new practices', () => {
    const rows = mergeAccountRows(
      [practice('a', 'Alder'), practice('b', 'Birch'), practice('c', 'Cedar')],
      [
        draft('d1', { name: 'Dogwood', accountId: 'dogwood' }),
        draft('d2', { name: 'Elm', accountId: 'elm' }),
      ],
      [outboxItem('elm', { draftId: 'd2', status: 'failed' }), outboxItem('fir', { name: 'Fir' })],
    );
    expect(rows).toHaveLength(6);
    expect(countWords(rows)).toBe('3 accounts, 2 drafts, 1 queued');
    expect(countWords(rows.slice(0, 1))).toBe('1 account');
  });
});
