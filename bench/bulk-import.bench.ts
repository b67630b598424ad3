import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { startDeskHost, type DeskHost } from '../test/e2e/support/desk-host';
import { buildRows } from '../src/renderer/screens/bulk/build-rows';
import { checkRow } from '../src/renderer/screens/bulk/check-row';
import { parseCsv } from '../src/renderer/screens/bulk/csv-parse';
import { matchHeaders } from '../src/renderer/screens/bulk/header-match';
import { installLongTaskObserver } from './accounts/page-measures';
import type { Bench, BenchRow } from './bench-types';
import { locationsCsv, practicesCsv, usersCsv } from './bulk/import-files';
import { ensureWebBuilt } from './support/project';

const count = 10_000;

const chromiumPath = (): string | undefined =>
  process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** The same work in Node, in this process: parse, build and check the same files without a browser or worker. */
const inNode = (practices: string, locations: string, users: string): number => {
  const started = performance.now();
  const mapped = (kind: 'practices' | 'locations' | 'users', text: string) => {
    const csv = parseCsv(text);
    return { kind, records: csv.records, mapping: matchHeaders(kind, csv.headers) };
  };
  const built = buildRows(
    mapped('practices', practices),
    mapped('locations', locations),
    mapped('users', users),
  );
  built.rows.forEach(checkRow);
  return performance.now() - started;
};

const bench: Bench = {
  description: `Bulk import: ${count.toLocaleString()} practices with a location and a user each, read, mapped and checked in Chromium`,
  async run() {
    await ensureWebBuilt();
    const dir = await mkdtemp(join(tmpdir(), 'desk-bench-bulk-'));
    let desk: DeskHost | undefined;
    let browser: Browser | undefined;
    try {
      const files = {
        practices: practicesCsv(count),
        locations: locationsCsv(count),
        users: usersCsv(count),
      };
      const paths = Object.fromEntries(
        await Promise.all(
          Object.entries(files).map(async ([kind, text]) => {
            const path = join(dir, `${kind}.csv`);
            await writeFile(path, text);
            return [kind, path] as const;
          }),
        ),
      );
      desk = await startDeskHost({ dataDir: join(dir, 'data') });
      browser = await chromium.launch({
        executablePath: chromiumPath(),
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
        ],
      });
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await installLongTaskObserver(page);
      await page.goto(`${desk.url}#/bulk`);
      await page.getByLabel('Practices file').setInputFiles(paths.practices!);
      await page.getByLabel('Locations file').setInputFiles(paths.locations!);
      await page.getByLabel('Users file').setInputFiles(paths.users!);
      await page.getByRole('button', { name: 'Read the files' }).click();
      await page.getByRole('button', { name: 'Check the rows' }).waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Check the rows' }).click();
      await page.waitForFunction(() => performance.getEntriesByName('bulk:checked').length > 0, undefined, {
        timeout: 60_000,
      });
      await page.getByTestId('bulk-counts').waitFor({ timeout: 120_000 });
      const m = await page.evaluate(() => {
        const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
        const spans = [
          [at('bulk:read'), at('bulk:mapped')],
          [at('bulk:check'), at('bulk:checked')],
        ] as const;
        const tasks = window.__longTasks ?? [];
        const within = tasks.filter((t) => spans.some(([a, b]) => t.start + t.duration > a && t.start < b));
        const keeping = tasks.filter(
          (t) => t.start + t.duration > at('bulk:checked') && t.start < at('bulk:kept'),
        );
        return {
          readMs: at('bulk:mapped') - at('bulk:read'),
          checkMs: at('bulk:checked') - at('bulk:check'),
          keepMs: at('bulk:kept') - at('bulk:checked'),
          longestMs: Math.max(0, ...within.map((t) => t.duration)),
          longestKeepingMs: Math.max(0, ...keeping.map((t) => t.duration)),
          counts: document.querySelector('[data-testid="bulk-counts"]')?.textContent ?? '',
        };
      });
      if (!m.counts.startsWith(`${count.toLocaleString('en-US')} practices`))
        throw new Error(`the batch says "${m.counts}", expected ${count} practices`);
      const node = inNode(files.practices, files.locations, files.users);
      const rows: BenchRow[] = [
        {
          measure: `import and check ${count.toLocaleString()} practices + locations + users (read + check)`,
          value: m.readMs + m.checkMs,
          unit: 'ms',
          target: 2_000,
          reference: `read ${m.readMs.toFixed(0)} ms, check ${m.checkMs.toFixed(0)} ms; the same parse+build+check in Node, no worker: ${node.toFixed(0)} ms`,
        },
        {
          measure: 'longest task on the UI thread while reading and checking',
          value: m.longestMs,
          unit: 'ms',
          target: 50,
          op: '<=',
        },
        {
          measure: 'keeping the checked rows as a batch in main (batch.create), for information',
          value: m.keepMs,
          unit: 'ms',
          reference: `longest UI task meanwhile ${m.longestKeepingMs.toFixed(0)} ms`,
        },
      ];
      return rows;
    } finally {
      await browser?.close();
      await desk?.stop();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
export default bench;
