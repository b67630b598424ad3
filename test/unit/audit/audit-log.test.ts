import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAuditLog } from '../../../src/main/services/audit/audit-log';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-audit-'));
  dirs.push(dir);
  return dir;
};

const entry = (environmentId: string, accountId: string) => ({
  at: new Date().toISOString(),
  method: 'PracticeGet',
  environmentId,
  accountId,
  outcome: 'ok',
  durationMs: 3,
  attempt: 1,
});

describe('audit log', () => {
  it('shows one environment its own entries only, newest first, also after a restart', () => {
    const dir = tempDir();
    const log = openAuditLog(dir);
    log.record(entry('sandbox', 'a-1'));
    log.record(entry('production', 'p-1'));
    log.record(entry('sandbox', 'a-2'));
    expect(log.recent(10, 'sandbox').map((e) => e.accountId)).toEqual(['a-2', 'a-1']);
    expect(log.recent(10, 'production').map((e) => e.accountId)).toEqual(['p-1']);
    expect(log.recent(10, 'qa')).toEqual([]);
    const reopened = openAuditLog(dir);
    expect(reopened.recent(1, 'sandbox').map((e) => e.accountId)).toEqual(['a-2']);
  });
});
