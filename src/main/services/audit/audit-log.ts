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
export const auditEntrySchema = activityEntrySchema;
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const MAX_BYTES = 5 * 1024 * 1024;
const KEEP_IN_MEMORY = 1_000;

export interface AuditLog {
  record(entry: AuditEntry): void;
  recent(limit: number): AuditEntry[];
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
  return {
    record(entry) {
      const clean = auditEntrySchema.parse(entry);
      recent.push(clean);
      if (recent.length > KEEP_IN_MEMORY) recent.shift();
      try {
        if ((fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0) > MAX_BYTES)
          fs.renameSync(file, `${file}.1`);
        fs.appendFileSync(file, `${JSON.stringify(clean)}\n`, { mode: 0o600 });
      } catch {
        logger.warn('audit.write-failed', { method: clean.method });
      }
    },
    recent: (limit) => recent.slice(-limit).reverse(),
  };
};

const safeJson = (line: string): unknown => {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
};
