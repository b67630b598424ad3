/**
 * The child process of the crash suite: the real services on a data folder, saving as fast as it can until it is
 * killed with SIGKILL. On start it reports what it finds (STATE line); after each acknowledged save it prints an
 * ACK line. Bundled and run by crash.test.ts: node crash-worker.mjs <dataDir> <round>
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { contract } from '../../../src/shared/contract';
import { createHandlerTable } from '../../../src/main/handlers';
import { createDispatcher } from '../../../src/main/ipc/dispatch';
import { createNodePlatform } from '../../../src/main/platform/node-platform';
import { createAppServices } from '../../../src/main/services/app-services';
import type { Result } from '../../../src/shared/errors';
import { GOOD_PASSWORD, validDraft } from '../onboarding/wizard-fixtures';
import { partnerForm } from '../business/partner-fixtures';

const [dataDir = '', roundText = '0'] = process.argv.slice(2);
const round = Number(roundText);
const startedAt = Date.now() - performance.now();

const unparsable = async (): Promise<string[]> => {
  const bad: string[] = [];
  for (const entry of await fs.readdir(dataDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(dataDir, full);
    if (rel.startsWith('corrupt') || rel.includes(`${path.sep}corrupt${path.sep}`)) continue;
    if (entry.name.endsWith('.tmp')) {
      // A temp file written by this process is a save in flight (the outbox replay runs meanwhile); one older
      // than this process was left by the kill and should have been removed when its store opened.
      const stat = await fs.stat(full).catch(() => null);
      if (stat && stat.mtimeMs < startedAt) bad.push(`${rel} (temp file left)`);
      continue;
    }
    // The outbox replay may delete a sent draft while this looks: a file gone is not a damaged file.
    const text = await fs.readFile(full, 'utf8').catch(() => null);
    if (text === null) continue;
    try {
      if (entry.name.endsWith('.json') || entry.name.endsWith('.json.bak')) JSON.parse(text);
      if (entry.name.endsWith('.jsonl')) {
        const lines = text.split('\n').filter((l) => l !== '');
        // The activity log is append-only: only its last line may be cut by a kill.
        for (const line of lines.slice(0, -1)) JSON.parse(line);
      }
    } catch {
      bad.push(rel);
    }
  }
  return bad;
};

// The parent kills this process at will; a closed pipe is part of that, not an error to report.
process.stdout.on('error', () => process.exit(0));

const main = async () => {
  const services = await createAppServices(createNodePlatform(dataDir));
  const dispatch = createDispatcher(contract, createHandlerTable(services));
  const call = async <T = unknown>(name: string, input?: unknown) =>
    (await dispatch(name, input, { host: 'web' })) as Result<T>;

  // What survived the previous kill. Temp files are looked for after the stores opened (they clean them).
  const drafts: Record<string, string> = {};
  for (const id of ['d0', 'd1', 'd2']) {
    const got = await call<{ data: { practice: { name: string } } }>('onboarding.getDraft', { id });
    if (got.ok) drafts[id] = got.data.data.practice.name;
  }
  const partner = await call<{ details: { name: string } | null }>('business.partner');
  const sandbox = await services.sandbox.get();
  const state = (await (await fetch(`${sandbox.origin}/_sandbox/state`)).json()) as {
    accounts: { accountId: string }[];
  };
  // Let the outbox replay what a kill interrupted before the next round starts writing.
  const deadline = Date.now() + 3_000;
  while (services.onboarding.outboxCount() > 0 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
  const report = {
    drafts,
    partner: partner.ok ? (partner.data.details?.name ?? null) : null,
    accounts: state.accounts.map((a) => a.accountId),
    outboxLeft: services.onboarding.outboxCount(),
    unparsable: await unparsable(),
  };
  process.stdout.write(`STATE ${JSON.stringify(report)}\n`);

  for (let n = 0; ; n += 1) {
    const op = n % 4;
    if (op === 0 || op === 2) {
      const id = `d${n % 3}`;
      const name = `Practice ${round} ${n}`;
      const saved = await call('onboarding.saveDraft', {
        id,
        kind: 'create',
        data: validDraft(`crash-${round}-${n}`, name),
        passwords: { u1: GOOD_PASSWORD },
      });
      if (saved.ok) process.stdout.write(`ACK draft ${id} ${name}\n`);
    } else if (op === 1) {
      const name = `Acme ${round} ${n}`;
      const saved = await call('business.savePartner', {
        details: { ...partnerForm, name },
      });
      if (saved.ok) process.stdout.write(`ACK partner ${name}\n`);
    } else if (n % 16 === 3) {
      // A submission (outbox item, submission journal, PracticeCreate): at most once per account, whatever kills.
      const id = 'sub';
      const accountId = `crash-acct-${round}-${n}`;
      await call('onboarding.saveDraft', {
        id,
        kind: 'create',
        data: validDraft(accountId),
        passwords: { u1: GOOD_PASSWORD },
      });
      process.stdout.write(`SUBMIT ${accountId}\n`);
      await call('onboarding.submit', { id });
    }
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`crash-worker failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(3);
});
