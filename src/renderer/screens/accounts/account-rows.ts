import type { AccountListItem } from '../../../shared/contract/accounts';
import type { DraftSummaryView, OutboxSummaryView } from '../../../shared/contract/onboarding';
import type { AccountRow, RowStatus } from './account-row';
import { compareRows } from './account-rows-order';

export type { AccountRow, RowStatus } from './account-row';
// The list's other pure helpers, for the callers that import the list's model from here.
export { countWords } from './account-row-words';
export { filterRows } from './account-rows-order';

/**
 * The Accounts list as one list: Updox's practices, the drafts on this computer and the submissions waiting in
 * the outbox, merged by account ID and sorted by name. Pure (no DOM), so it is unit-tested on its own.
 *
 * Rules:
 * - every practice from Updox is a row, Synced, opening the account page;
 * - an outbox item (not done) for an account Updox has marks that row Queued (queued or sending) or Failed; for an
 *   account Updox does not have (yet), it is a row of its own; a done item for an account Updox does not list yet
 *   (the list is older than the submission) is a Synced row; when a live list taken after the submission ended
 *   does not have the account, the row says "Not in Updox" (removed or moved in Updox since): never Synced;
 * - an outbox item of a create whose practice step was not done never marks the practice Updox lists under the
 *   same account ID (that is another practice): it is a row of its own;
 * - a draft and its own submission (by draft ID) are one row, showing the draft's name and account ID as typed;
 * - an update draft joins the row of its account (Draft, unless the row is already Queued or Failed) and the
 *   account page offers to resume it; a create draft joins a row only when that row is its own submission (an
 *   outbox-only row with the same account ID); otherwise a draft is a row of its own, opening #/new/<draftId>.
 */

const rank: Record<RowStatus, number> = { synced: 0, draft: 1, queued: 2, missing: 3, failed: 4 };
const worse = (a: RowStatus, b: RowStatus): RowStatus => (rank[b] > rank[a] ? b : a);

const accountHref = (accountId: string) => `#/accounts/${encodeURIComponent(accountId)}`;
const draftHref = (draftId: string) => `#/new/${encodeURIComponent(draftId)}`;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Building = Omit<Mutable<AccountRow>, 'searchText'> & { draftUpdatedAt: string };

const outboxStatus = (item: OutboxSummaryView): RowStatus => {
  if (item.status === 'failed') return 'failed';
  if (item.status === 'done') return 'synced';
  return 'queued';
};

/** The status of a submission Updox does not list: a done one is "missing" once a live list newer than it lacks it. */
const unlistedStatus = (item: OutboxSummaryView, liveListAt: string | null): RowStatus => {
  const status = outboxStatus(item);
  return status === 'synced' && liveListAt !== null && liveListAt > item.updatedAt ? 'missing' : status;
};

const fromPractice = (p: AccountListItem): Building => ({
  key: `practice:${p.accountId}`,
  accountId: p.accountId,
  name: p.name,
  city: p.city,
  state: p.state,
  active: p.active,
  sms: p.sms,
  status: 'synced',
  inUpdox: true,
  draftId: null,
  href: accountHref(p.accountId),
  draftUpdatedAt: '',
});

const fromOutbox = (item: OutboxSummaryView, liveListAt: string | null): Building => ({
  key: `outbox:${item.id}`,
  accountId: item.accountId,
  name: item.name,
  city: item.city,
  state: item.state,
  active: null,
  sms: null,
  status: unlistedStatus(item, liveListAt),
  inUpdox: false,
  draftId: null,
  href: accountHref(item.accountId),
  draftUpdatedAt: '',
});

const fromDraft = (d: DraftSummaryView): Building => ({
  key: `draft:${d.id}`,
  accountId: d.accountId,
  name: d.name,
  city: d.city,
  state: d.state,
  active: null,
  sms: null,
  status: 'draft',
  inUpdox: false,
  draftId: d.id,
  href: draftHref(d.id),
  draftUpdatedAt: d.updatedAt,
});

const finish = ({ draftUpdatedAt: _unused, ...row }: Building): AccountRow => ({
  ...row,
  searchText: `${row.name}\n${row.accountId}`.toLowerCase(),
});

/**
 * Whether an outbox item belongs on the row of a practice Updox lists. Not a create that failed before its
 * practice step was done: Updox refused it because another practice holds the account ID, which is no failure of
 * that practice; it stays on its own row with its draft.
 */
const joinsPractice = (item: OutboxSummaryView): boolean =>
  item.mode !== 'create' || item.completedSteps.includes('practice') || item.status !== 'failed';

export const mergeAccountRows = (
  practices: readonly AccountListItem[],
  drafts: readonly DraftSummaryView[],
  outbox: readonly OutboxSummaryView[],
  /** When the practices are a live PracticeList answer: its time (ISO); null for the copy on disk or no list. */
  liveListAt: string | null = null,
): AccountRow[] => {
  const byAccount = new Map<string, Building>();
  const rows: Building[] = [];
  const draftsById = new Map(drafts.map((d) => [d.id, d]));
  const joined = new Set<string>();
  /** The draft an outbox item was sent from joins its row: one row per draft and its submission. */
  const joinDraft = (row: Building, item: OutboxSummaryView) => {
    const d = item.status === 'done' ? undefined : draftsById.get(item.draftId);
    if (!d) return;
    joined.add(d.id);
    row.draftId = d.id;
    row.draftUpdatedAt = d.updatedAt;
    if (!row.inUpdox) {
      // What the person typed since wins: the row shows the draft as it is now.
      row.name = d.name || row.name;
      row.accountId = d.accountId || row.accountId;
      row.city = d.city || row.city;
      row.state = d.state || row.state;
    }
  };
  for (const p of practices) {
    const row = fromPractice(p);
    byAccount.set(p.accountId, row);
    rows.push(row);
  }
  for (const item of outbox) {
    const existing = item.accountId === '' ? undefined : byAccount.get(item.accountId);
    if (existing?.inUpdox && joinsPractice(item)) {
      if (item.status !== 'done') existing.status = worse(existing.status, outboxStatus(item));
      joinDraft(existing, item);
    } else if (existing && !existing.inUpdox) {
      existing.status = worse(existing.status, unlistedStatus(item, liveListAt));
      existing.name = item.name || existing.name;
      joinDraft(existing, item);
    } else {
      const row = fromOutbox(item, liveListAt);
      if (item.accountId !== '' && !existing) byAccount.set(item.accountId, row);
      rows.push(row);
      joinDraft(row, item);
    }
  }
  for (const d of drafts) {
    if (joined.has(d.id)) continue;
    const existing = d.accountId === '' ? undefined : byAccount.get(d.accountId);
    const joins = existing !== undefined && (d.kind === 'update' || !existing.inUpdox);
    if (existing && joins) {
      existing.status = worse(existing.status, 'draft');
      if (existing.draftId === null || d.updatedAt > existing.draftUpdatedAt) {
        existing.draftId = d.id;
        existing.draftUpdatedAt = d.updatedAt;
      }
    } else {
      rows.push(fromDraft(d));
    }
  }
  return rows.map(finish).sort(compareRows);
};
