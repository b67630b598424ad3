import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { activityQuerySchema, type ActivityEntry } from '../../../src/shared/contract/activity';
import { openAuditLog } from '../../../src/main/services/audit/audit-log';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-activity-'));
  dirs.push(dir);
  return dir;
};

let clock = Date.parse('2026-11-20T08:00:00.000Z');
const entry = (method: string, extra: Partial<ActivityEntry> = {}): ActivityEntry => ({
  at: new Date((clock += 60_000)).toISOString(),
  method,
  environmentId: 'sandbox',
  outcome: 'ok',
  durationMs: 5,
  attempt: 1,
  ...extra,
});
const query = (q: Record<string, unknown> = {}) => activityQuerySchema.parse(q);

const callOf = (environmentId: string, accountId: string) => ({
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
    log.record(callOf('sandbox', 'a-1'));
    log.record(callOf('production', 'p-1'));
    log.record(callOf('sandbox', 'a-2'));
    expect(log.recent(10, 'sandbox').map((e) => e.accountId)).toEqual(['a-2', 'a-1']);
    expect(log.recent(10, 'production').map((e) => e.accountId)).toEqual(['p-1']);
    expect(log.recent(10, 'qa')).toEqual([]);
    const reopened = openAuditLog(dir);
    expect(reopened.recent(1, 'sandbox').map((e) => e.accountId)).toEqual(['a-2']);
  });
});

describe('activity history', () => {
  it('filters by account, method, result and time, newest first, one environment only', async () => {
    const log = openAuditLog(tempDir());
    log.record(entry('PracticeCreate', { accountId: 'sunrise-1' }));
    log.record(entry('PracticeGet', { accountId: 'sunrise-1', outcome: 'updox-error', responseCode: 4131 }));
    log.record(entry('SmsSend', { accountId: 'oak-2', outcome: 'timeout' }));
    log.record(
      entry('PracticeUpdate', { accountId: 'SUNRISE-1', outcome: 'updox-error', responseCode: 4060 }),
    );
    log.record(entry('PracticeCreate', { accountId: 'prod-1', environmentId: 'production' }));
    const methods = async (q: Record<string, unknown>) =>
      (await log.page('sandbox', { query: query(q), offset: 0, limit: 50 })).entries.map((e) => e.method);

    expect(await methods({})).toEqual(['PracticeUpdate', 'SmsSend', 'PracticeCreate']);
    expect(await methods({ changesOnly: false })).toEqual([
      'PracticeUpdate',
      'SmsSend',
      'PracticeGet',
      'PracticeCreate',
    ]);
    expect(await methods({ account: 'sunrise', changesOnly: false })).toHaveLength(3);
    expect(await methods({ method: 'smssend' })).toEqual(['SmsSend']);
    expect(await methods({ outcome: 'refused' })).toEqual(['PracticeUpdate']);
    expect(await methods({ outcome: 'failed' })).toEqual(['SmsSend']);
    // The 4131 read is a routine existence check: done, not refused.
    expect(await methods({ outcome: 'done', changesOnly: false })).toEqual(['PracticeGet', 'PracticeCreate']);
    const all = (await log.page('sandbox', { query: query({ changesOnly: false }), offset: 0, limit: 50 }))
      .entries;
    const second = all[2]!.at;
    expect(await methods({ from: second, changesOnly: false })).toEqual([
      'PracticeUpdate',
      'SmsSend',
      'PracticeGet',
    ]);
    expect(await methods({ to: second, changesOnly: false })).toEqual(['PracticeCreate']);
    expect((await log.page('production', { query: query(), offset: 0, limit: 50 })).entries).toHaveLength(1);
  });

  it('reaches every entry of every rotated file, page by page, and skips a damaged line', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'audit.jsonl');
    // Two rotated files and the current one, written as earlier runs left them (one damaged line among them).
    const lines = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) =>
        JSON.stringify(entry('SmsSend', { accountId: `a-${from + i}` })),
      ).join('\n');
    fs.writeFileSync(`${file}.2`, `${lines(0, 300)}\n`);
    fs.writeFileSync(`${file}.1`, `${lines(300, 300)}\n{"at": broken\n`);
    fs.writeFileSync(file, `${lines(600, 100)}\n`);
    const log = openAuditLog(dir);
    log.record(entry('SmsSend', { accountId: 'a-700' }));

    const seen: string[] = [];
    let total = 0;
    for (let offset = 0; ; offset += 200) {
      const page = await log.page('sandbox', { query: query(), offset, limit: 200 });
      total = page.total;
      seen.push(...page.entries.map((e) => e.accountId ?? ''));
      if (page.entries.length < 200) break;
    }
    expect(total).toBe(701);
    expect(seen).toHaveLength(701);
    expect(seen[0]).toBe('a-700');
    expect(seen.at(-1)).toBe('a-0');
    expect(new Set(seen).size).toBe(701);
  });

  it('exports the matching calls as CSV that a spreadsheet will not run as a formula', async () => {
    const log = openAuditLog(tempDir());
    log.record(
      entry('SmsSend', {
        accountId: '=HYPERLINK("http://evil")',
        outcome: 'updox-error',
        responseCode: 4035,
      }),
    );
    log.record(entry('PracticeCreate', { accountId: 'sunrise-1', version: '1.1', httpStatus: 200 }));
    const out = await log.exportCsv('sandbox', { query: query() }, 'Sandbox');
    expect(out.rows).toBe(2);
    expect(out.fileName).toMatch(/^updox-activity-sandbox-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = Papa.parse<string[]>(out.csv.trim()).data;
    expect(rows[0]).toEqual([
      'Time (UTC)',
      'Environment',
      'What',
      'Updox method',
      'Account ID',
      'Result',
      'Response code',
      'HTTP status',
      'Duration (ms)',
      'Attempt',
    ]);
    expect(rows[1]!.slice(1, 7)).toEqual([
      'Sandbox',
      'Create a practice',
      'PracticeCreate/1.1',
      'sunrise-1',
      'Done',
      '',
    ]);
    expect(rows[2]![4]).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows[2]![5]).toBe('Not sent: verification requested (4035)');
  });

  it('rotates by size and keeps four older files', () => {
    const dir = tempDir();
    const log = openAuditLog(dir);
    const big = 'x'.repeat(120);
    for (let i = 0; i < 90_000; i += 1) log.record(entry('SmsSend', { accountId: `${big}${i}` }));
    const names = fs.readdirSync(dir).sort();
    expect(names).toEqual([
      'audit.jsonl',
      'audit.jsonl.1',
      'audit.jsonl.2',
      'audit.jsonl.3',
      'audit.jsonl.4',
    ]);
    for (const name of names) expect(fs.statSync(path.join(dir, name)).size).toBeLessThan(2.2 * 1024 * 1024);
  });
});
