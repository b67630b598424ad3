import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  DraftSummaryView,
  ElsewhereCount,
  OutboxSummaryView,
} from '../../../src/shared/contract/onboarding';
import { outboxFormatVersion } from '../../../src/main/services/outbox/outbox-schema';
import { openApp, removeDir, tempDataDir, type OpenApp } from './restartable-app';
import { GOOD_PASSWORD, validDraft } from './wizard-fixtures';

/**
 * A data folder as the version before environments were walls wrote it: drafts without an environment (the
 * draft file format 1, as its draft store wrote it), a queued submission journal (which already named its
 * environment), the accounts cache. After the upgrade nothing is deleted or guessed: every item is there, the
 * drafts are listed "from an earlier version" and cannot be opened or sent until assigned.
 */

const at = '2026-11-30T09:00:00.000Z';

const oldDraftFile = (id: string, kind: 'create' | 'update', accountId: string) => ({
  version: 1,
  draft: {
    id,
    kind,
    ...(kind === 'update' ? { accountId } : {}),
    title: `Old ${accountId}`,
    revision: 3,
    createdAt: at,
    updatedAt: at,
    data:
      kind === 'update'
        ? { ...validDraft(accountId, `Old ${accountId}`), submitMode: 'update', users: [] }
        : validDraft(accountId, `Old ${accountId}`),
  },
});

const oldOutboxFile = (id: string, draftId: string, accountId: string) => {
  const data = validDraft(accountId, 'Queued before');
  return {
    version: outboxFormatVersion,
    item: {
      id,
      seq: 1,
      status: 'queued',
      attempts: 0,
      lastError: null,
      completedSteps: [],
      createdAt: at,
      updatedAt: at,
      payload: {
        draftId,
        environmentId: 'sandbox',
        mode: 'create',
        practice: {
          ...data.practice,
          postal: '430171234',
          phone: '4065550120',
          state: 'OH',
        },
        locations: [],
        users: [],
      },
    },
  };
};

const writeJson = async (file: string, value: unknown) => {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, JSON.stringify(value));
};

const listFiles = async (dir: string): Promise<string[]> => {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
};

let dataDir: string;
let app: OpenApp | undefined;

beforeEach(async () => {
  dataDir = await tempDataDir();
  await writeJson(
    path.join(dataDir, 'drafts', 'old-create.json'),
    oldDraftFile('old-create', 'create', 'old-1'),
  );
  await writeJson(path.join(dataDir, 'drafts', 'old-edit.json'), oldDraftFile('old-edit', 'update', 'old-2'));
  await writeJson(path.join(dataDir, 'drafts', 'queued-d.json'), oldDraftFile('queued-d', 'create', 'old-3'));
  await writeJson(path.join(dataDir, 'outbox', 'q1.json'), oldOutboxFile('q1', 'queued-d', 'old-3'));
  await writeJson(path.join(dataDir, 'accounts-cache', 'practices-sandbox.json'), {
    version: 1,
    environmentId: 'sandbox',
    fetchedAt: at,
    practices: [],
  });
});
afterEach(async () => {
  await app?.stop();
  app = undefined;
  await removeDir(dataDir);
});

describe('upgrading a data folder of the version before environment walls', () => {
  it('keeps every item, lists the drafts as unassigned, and sends nothing of them until assigned', async () => {
    const before = await listFiles(dataDir);
    app = await openApp(dataDir);
    // The queued submission already named its environment: it stays queued there (nothing sent while we look).
    app.services.connection.report('unreachable');

    const listed = await app.call<{
      drafts: DraftSummaryView[];
      unassigned: DraftSummaryView[];
      elsewhere: ElsewhereCount[];
      problems: unknown[];
    }>('onboarding.listDrafts');
    expect(listed.ok).toBe(true);
    if (!listed.ok) return;
    expect(listed.data.problems).toEqual([]);
    expect(listed.data.drafts).toEqual([]);
    expect(listed.data.unassigned.map((d) => d.id).sort()).toEqual(['old-create', 'old-edit', 'queued-d']);
    expect(listed.data.unassigned.every((d) => d.environmentId === null)).toBe(true);

    // Not opened, reviewed or sent while unassigned; the message says why and what to do.
    for (const name of ['onboarding.getDraft', 'onboarding.review', 'onboarding.submit']) {
      const r = await app.call(name, { id: 'old-create' });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/earlier version.*Assign it/);
    }
    const autosave = await app.call('onboarding.saveDraft', {
      id: 'old-create',
      kind: 'create',
      data: validDraft('old-1'),
    });
    expect(autosave.ok).toBe(false);

    const outbox = await app.call<{ items: OutboxSummaryView[] }>('onboarding.listOutbox');
    expect(outbox.ok && outbox.data.items.map((i) => [i.id, i.environmentId, i.status])).toEqual([
      ['q1', 'sandbox', 'queued'],
    ]);
    // Nothing was deleted or rewritten by opening.
    expect(await listFiles(dataDir)).toEqual(expect.arrayContaining(before));
    for (const file of before.filter((f) => f.startsWith('drafts/')))
      expect(
        JSON.parse(await fs.readFile(path.join(dataDir, file), 'utf8')).draft.environmentId,
      ).toBeUndefined();

    // Assigned by the person, once: then it is a draft of that environment like any other, and can be sent.
    expect(
      await app.call('onboarding.assignDraft', { id: 'old-create', environmentId: 'nowhere' }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
    expect(
      await app.call('onboarding.assignDraft', { id: 'old-create', environmentId: 'sandbox' }),
    ).toMatchObject({
      ok: true,
    });
    expect(await app.call('onboarding.assignDraft', { id: 'old-create', environmentId: 'qa' })).toMatchObject(
      {
        ok: false,
        error: { kind: 'conflict' },
      },
    );
    const after = await app.call<{ drafts: DraftSummaryView[]; unassigned: DraftSummaryView[] }>(
      'onboarding.listDrafts',
    );
    expect(after.ok && after.data.drafts.map((d) => [d.id, d.environmentId])).toEqual([
      ['old-create', 'sandbox'],
    ]);
    expect(after.ok && after.data.unassigned.map((d) => d.id).sort()).toEqual(['old-edit', 'queued-d']);
    expect(
      (
        await app.call('onboarding.saveDraft', {
          id: 'old-create',
          kind: 'create',
          data: validDraft('old-1'),
          passwords: { u1: GOOD_PASSWORD },
        })
      ).ok,
    ).toBe(true);
    app.services.connection.report('online');
    const sent = await app.call<{ state: string; item: OutboxSummaryView }>('onboarding.submit', {
      id: 'old-create',
    });
    expect(sent.ok && [sent.data.state, sent.data.item.environmentId]).toEqual(['synced', 'sandbox']);

    // A restart keeps the assignment and the others still unassigned.
    await app.stop();
    app = await openApp(dataDir);
    const reopened = await app.call<{ unassigned: DraftSummaryView[] }>('onboarding.listDrafts');
    expect(reopened.ok && reopened.data.unassigned.map((d) => d.id).sort()).toEqual(['old-edit', 'queued-d']);
  });
});
