import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { logger } from '../log/logger';
import { activityEntrySchema } from '../../../shared/contract/activity';
import { type ActivityHistory, createActivityHistory } from './activity-history';

/**
 * The audit trail behind the Activity screen: one JSON line per Updox call attempt, holding only the method,
 * environment, account id, response code, outcome and duration. Never credentials, message bodies or phone
 * numbers: its schema (activityEntrySchema, shared with the Activity screen) has no field that could carry them.
 */
const auditEntrySchema = activityEntrySchema;
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** Rotated by size: audit.jsonl, then audit.jsonl.1 (newest) to audit.jsonl.4 (oldest); about 10 MB in all. */
const MAX_BYTES = 2 * 1024 * 1024;
const KEEP_ROTATED = 4;
const KEEP_IN_MEMORY = 1_000;

export interface AuditLog extends ActivityHistory {
  record(entry: AuditEntry): void;
  /** The latest entries of one environment, newest first (nothing of another environment is shown). */
  recent(limit: number, environmentId: string): AuditEntry[];
}

/** The trail's files, oldest first. */
const auditFiles = (file: string): string[] => [
  ...Array.from({ length: KEEP_ROTATED }, (_, i) => `${file}.${KEEP_ROTATED - i}`),
  file,
];

const rotate = (file: string) => {
  fs.rmSync(`${file}.${KEEP_ROTATED}`, { force: true });
  for (let n = KEEP_ROTATED - 1; n >= 1; n -= 1) {
    if (fs.existsSync(`${file}.${n}`)) fs.renameSync(`${file}.${n}`, `${file}.${n + 1}`);
  }
  fs.renameSync(file, `${file}.1`);
};

export const openAuditLog = (dataDir: string): AuditLog => {
  const file = path.join(dataDir, 'audit.jsonl');
  const recent: AuditEntry[] = [];
  try {
    for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(-KEEP_IN_MEMORY)) {
      const parsed = line ? auditEntrySchema.safeParse(safeJson(line)) : undefined;
      if (parsed?.success) recent.push(parsed.data);
    }
  } catch {
    // no log yet
  }
  // One open file and its size in memory: a call's trace costs one write, not a stat, an open and a close.
  let fd: number | null = null;
  let size = 0;
  let revision = 0;
  const append = (line: string) => {
    if (fd === null) {
      fd = fs.openSync(file, 'a', 0o600);
      size = fs.fstatSync(fd).size;
    }
    if (size > MAX_BYTES) {
      fs.closeSync(fd);
      fd = null;
      rotate(file);
      return append(line);
    }
    size += fs.writeSync(fd, line);
  };
  const history = createActivityHistory({ files: () => auditFiles(file), revision: () => revision });
  return {
    ...history,
    record(entry) {
      const clean = auditEntrySchema.parse(entry);
      revision += 1;
      recent.push(clean);
      if (recent.length > KEEP_IN_MEMORY) recent.shift();
      try {
        append(`${JSON.stringify(clean)}\n`);
      } catch {
        if (fd !== null) fs.closeSync(fd);
        fd = null;
        logger.warn('audit.write-failed', { method: clean.method });
      }
    },
    recent: (limit, environmentId) =>
      recent
        .filter((e) => e.environmentId === environmentId)
        .slice(-limit)
        .reverse(),
  };
};

const safeJson = (line: string): unknown => {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
};
