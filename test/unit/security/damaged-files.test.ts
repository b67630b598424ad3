import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StorageNoticeView } from '../../../src/shared/contract/app';
import { writeFileAtomic } from '../../../src/main/services/storage/atomic-file';
import { openApp } from '../onboarding/restartable-app';
import { GOOD_PASSWORD, validDraft } from '../onboarding/wizard-fixtures';
import { hashFolder } from './hostile-values';
import { partnerForm } from '../business/partner-fixtures';

/**
 * Each data file x {empty, truncated, garbage, wrong shape, deleted, its backup damaged too}: the app starts,
 * names the file it set aside or rolled back (app.storageNotices, which the shell shows, and the log), and keeps
 * every other file as it was.
 */
const historyEntry = {
  at: '2026-01-01T00:00:00.000Z',
  environmentId: 'sandbox',
  accountId: 'acct-1',
  locationId: 1,
  locationName: 'Main',
  toLast4: '0142',
  outcome: 'sent',
};

let golden = '';
beforeAll(async () => {
  golden = await fs.mkdtemp(path.join(os.tmpdir(), 'desk-golden-'));
  const app = await openApp(golden);
  for (const pw of ['first-Password-1', 'second-Password-2']) {
    expect(
      await app.call('credentials.save', {
        environmentId: 'qa',
        applicationId: 'v',
        applicationPassword: pw,
      }),
    ).toMatchObject({ ok: true });
  }
  for (const name of ['Acme Health IT', 'Acme Health IT 2']) {
    expect(await app.call('business.savePartner', { details: { ...partnerForm, name } })).toMatchObject({
      ok: true,
    });
  }
  for (const text of ['One', 'Two']) {
    expect(
      await app.call('sms.saveTemplates', { templates: [{ id: 't1', name: 'Hello', text }] }),
    ).toMatchObject({ ok: true });
  }
  for (const pw of [GOOD_PASSWORD, `${GOOD_PASSWORD}x`]) {
    const saved = await app.call('onboarding.saveDraft', {
      id: 'd1',
      kind: 'create',
      data: validDraft('damaged-1'),
      passwords: { u1: pw },
    });
    expect(saved).toMatchObject({ ok: true });
  }
  await app.stop();
  for (const n of [1, 2]) {
    await writeFileAtomic(
      path.join(golden, 'sms-history.json'),
      JSON.stringify({ version: 1, entries: Array(n).fill(historyEntry) }),
      { keepBackup: true },
    );
    await writeFileAtomic(
      path.join(golden, 'sms-numbers.json'),
      JSON.stringify({ version: 1, numbers: {} }),
      { keepBackup: true },
    );
  }
}, 60_000);
afterAll(() => fs.rm(golden, { recursive: true, force: true }));

const files = [
  'settings.json',
  'partner-details.json',
  'sms-templates.json',
  'sms-history.json',
  'sms-numbers.json',
  'credentials.vault.json',
  'onboarding/user-passwords.json',
  'drafts/d1.json',
];
const damages: Record<string, (text: string) => string | null> = {
  empty: () => '',
  truncated: (text) => text.slice(0, Math.floor(text.length / 2)),
  garbage: () => '\u0000\u00ff{{{ not json',
  'wrong shape': () => JSON.stringify({ version: 99, surprise: [1, 2, 3] }),
  deleted: () => null,
};

const damage = async (file: string, how: (text: string) => string | null) => {
  const text = await fs.readFile(file, 'utf8');
  const next = how(text);
  if (next === null) await fs.rm(file);
  else await fs.writeFile(file, next);
};

const startOn = async (dir: string) => {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    const app = await openApp(dir);
    const draftList = await app.call<{ problems: { file: string }[] }>('onboarding.listDrafts');
    const notices = await app.call<{ notices: StorageNoticeView[] }>('app.storageNotices');
    return { app, draftList, notices: notices.ok ? notices.data.notices : [], log: lines.join('') };
  } finally {
    spy.mockRestore();
  }
};

const otherFilesUnchanged = (
  before: Record<string, string>,
  after: Record<string, string>,
  damaged: string,
) => {
  for (const [name, hash] of Object.entries(before)) {
    if (
      name.startsWith(damaged) ||
      name.startsWith('sandbox/') ||
      name === 'settings.json' ||
      name.includes('corrupt/')
    )
      continue;
    if (name.startsWith('accounts-cache/') || name === 'audit.jsonl') continue;
    expect(after[name], `${name} after damaging ${damaged}`).toBe(hash);
  }
};

export const damagedStarts = { count: 0 };

describe.each(files)('%s', (target) => {
  it.each([...Object.keys(damages), 'backup damaged too'])(
    '%s: the app starts, names it, keeps the rest',
    async (kind) => {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'desk-damaged-'));
      await fs.cp(golden, dir, { recursive: true });
      const file = path.join(dir, target);
      if (kind === 'backup damaged too') {
        await damage(file, damages.garbage!);
        await fs.writeFile(`${file}.bak`, '{"trunc').catch(() => undefined);
      } else {
        await damage(file, damages[kind]!);
      }
      const before = await hashFolder(dir);
      const { app, notices, log } = await startOn(dir);
      damagedStarts.count += 1;
      try {
        expect((await app.call('app.info')).ok).toBe(true);
        if (kind !== 'deleted') {
          const named = notices.filter((n) => n.file === target || n.file === `${target}.bak`);
          expect(named.length, `notices: ${JSON.stringify(notices)}`).toBeGreaterThan(0);
          expect(log).toContain(target);
          if (kind === 'backup damaged too' && target !== 'settings.json') {
            expect(notices.map((n) => n.file)).toContain(`${target}.bak`);
          }
          for (const n of named) if (n.setAsideAs) await fs.access(path.join(dir, n.setAsideAs));
        }
        otherFilesUnchanged(before, await hashFolder(dir), target);
      } finally {
        await app.stop();
        await fs.rm(dir, { recursive: true, force: true });
      }
    },
    30_000,
  );
});
