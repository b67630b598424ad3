import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSendHistory } from '../../../src/main/services/sms/send-history';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const entry = (environmentId: string, accountId: string, toLast4: string) => ({
  at: new Date().toISOString(),
  environmentId,
  accountId,
  locationId: 1,
  locationName: 'Default Location',
  toLast4,
  outcome: 'sent',
});

describe('the send history', () => {
  it('answers only the environment asked for, also for an account ID both environments use, and after a reopen', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'desk-history-'));
    dirs.push(dir);
    const history = openSendHistory(dir);
    await history.record(entry('sandbox', 'sunrise', '1111'));
    await history.record(entry('qa', 'sunrise', '2222'));
    await history.record(entry('qa', 'lakeside', '3333'));
    expect(history.recent('sandbox', 50).map((e) => e.toLast4)).toEqual(['1111']);
    expect(history.recent('qa', 50, 'sunrise').map((e) => e.toLast4)).toEqual(['2222']);
    const reopened = openSendHistory(dir);
    expect(reopened.recent('qa', 50).map((e) => e.toLast4)).toEqual(['3333', '2222']);
    expect(reopened.recent('production', 50)).toEqual([]);
  });
});
