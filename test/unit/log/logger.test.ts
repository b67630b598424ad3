import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatLine, logger, stopLogFiles, writeLogFiles } from '../../../src/main/services/log/logger';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'desk-logs-'));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(async () => {
  stopLogFiles();
  vi.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('the logger', () => {
  it('redacts secret-looking fields', () => {
    const line = JSON.parse(
      formatLine('info', 'sms.sent', { accountId: 'a1', appPassword: 'p', message: 'hi', to: '5551234567' }),
    ) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 'info', event: 'sms.sent', accountId: 'a1' });
    expect([line.appPassword, line.message, line.to]).toEqual(['[redacted]', '[redacted]', '[redacted]']);
  });

  it('writes JSON lines to the logs folder, redacted, and to stderr', async () => {
    const file = writeLogFiles(dir);
    logger.info('test.event', { accountId: 'acct-1', password: 'hunter2' });
    const text = await fs.readFile(file, 'utf8');
    expect(path.dirname(file)).toBe(dir);
    expect(text).toContain('"event":"test.event"');
    expect(text).toContain('"accountId":"acct-1"');
    expect(text).not.toContain('hunter2');
    expect(vi.mocked(process.stderr.write).mock.calls.some(([l]) => String(l).includes('test.event'))).toBe(
      true,
    );
  });

  it('rotates by size and keeps five rotated files', async () => {
    const file = writeLogFiles(dir, { maxBytes: 300 });
    for (let i = 0; i < 80; i += 1) logger.info('fill', { i, pad: 'x'.repeat(60) });
    const files = (await fs.readdir(dir)).sort();
    expect(files).toEqual([
      'onboarding-desk.1.log',
      'onboarding-desk.2.log',
      'onboarding-desk.3.log',
      'onboarding-desk.4.log',
      'onboarding-desk.5.log',
      'onboarding-desk.log',
    ]);
    const newest = await fs.readFile(file, 'utf8');
    expect(newest).toContain('"i":79');
    expect((await fs.stat(file)).size).toBeLessThan(600);
  });
});
