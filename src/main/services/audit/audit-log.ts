import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { logger } from '../log/logger';
import { activityEntrySchema } from '../../../shared/contract/activity';

/**
 * The audit trail behind the Activity screen: one JSON line per Updox call attempt, holding only the method,
 * environment, account id, response code, outcome and duration. Never credentials, message bodies or phone
 * numbers: its schema (activityEntrySchema, shared with the Activity screen) has no field that could carry them.
 */
const auditEntrySchema = activityEntrySchema;
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const MAX_BYTES = 5 * 1024 * 1024;
const KEEP_IN_MEMORY = 1_000;

export interface AuditLog {
  record(entry: AuditEntry): void;
  /** The latest entries of one environment, newest first (nothing of another environment is shown). */
  recent(limit: number, environmentId: string): AuditEntry[];
}

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
  const append = (line: string) => {
    if (fd === null) {
      fd = fs.openSync(file, 'a', 0o600);
      size = fs.fstatSync(fd).size;
    }
    if (size > MAX_BYTES) {
      fs.closeSync(fd);
      fd = null;
      fs.renameSync(file, `${file}.1`);
      return append(line);
    }
    size += fs.writeSync(fd, line);
  };
  return {
    record(entry) {
      const clean = auditEntrySchema.parse(entry);
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
