import type { ReadinessBrief } from '../../../shared/contract/accounts';

/** One row of the Accounts list (see mergeAccountRows for where rows come from). */
/**
 * missing: the app sent this practice and Updox answered that it was done, but a list Updox gave after that does
 * not have it (removed or moved in Updox since): the app says so instead of calling it Synced.
 */
export type RowStatus = 'draft' | 'queued' | 'synced' | 'missing' | 'failed';

export interface AccountRow {
  readonly key: string;
  readonly accountId: string;
  readonly name: string;
  readonly city: string;
  readonly state: string;
  /** Null when not known (a draft or a submission not yet in Updox's list). */
  readonly active: boolean | null;
  readonly sms: ReadinessBrief | null;
  readonly status: RowStatus;
  /** Updox lists this account (live or in the copy on disk). */
  readonly inUpdox: boolean;
  /** The newest draft of this row, when there is one. */
  readonly draftId: string | null;
  /** Where opening the row goes. */
  readonly href: string;
  /** Lower-case name and account ID, for search. */
  readonly searchText: string;
}
