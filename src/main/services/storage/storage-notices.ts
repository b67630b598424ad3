import path from 'node:path';
import { logger } from '../log/logger';

/**
 * The one place every store reports a file it could not use as it was: damaged and set aside, rolled back to its
 * previous copy, or reset. The storage layer reports by itself (readBackedUpJsonFileSync, record folders, the
 * settings file), so no store can forget to; the app lists the notices of its data folder (app.storageNotices)
 * and the shell shows them. Each notice is also written to the log, naming the file (never its content).
 */
export interface StorageNotice {
  /** Absolute path of the file that was damaged. */
  readonly path: string;
  /** Why, in words (never quoting the content). */
  readonly reason: string;
  /** What the app did about it. */
  readonly outcome: 'restored-from-backup' | 'reset' | 'removed';
  /** Where the damaged copy now is (absolute), when it was kept. */
  readonly setAsideAs?: string;
  readonly at: string;
}

const notices: StorageNotice[] = [];
const limit = 200;

export const reportStorageNotice = (notice: Omit<StorageNotice, 'at'>): void => {
  const full: StorageNotice = { ...notice, at: new Date().toISOString() };
  notices.push(full);
  if (notices.length > limit) notices.splice(0, notices.length - limit);
  logger.warn('storage.file-set-aside', {
    file: notice.path,
    reason: notice.reason,
    outcome: notice.outcome,
    setAsideAs: notice.setAsideAs,
  });
};

/** The notices about files under `dataDir` (one process may hold several data folders: tests do). */
const storageNoticesUnder = (dataDir: string): StorageNotice[] => {
  const root = path.resolve(dataDir) + path.sep;
  return notices.filter((n) => n.path.startsWith(root)).map((n) => ({ ...n }));
};

/** The notices of a data folder as the screen shows them: paths relative to the folder. */
export const storageNoticeViews = (dataDir: string) =>
  storageNoticesUnder(dataDir).map((n) => ({
    file: path.relative(dataDir, n.path),
    reason: n.reason,
    outcome: n.outcome,
    ...(n.setAsideAs ? { setAsideAs: path.relative(dataDir, n.setAsideAs) } : {}),
    at: n.at,
  }));
