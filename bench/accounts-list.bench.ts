import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { newDataDir, startDeskHost, type DeskHost } from '../test/e2e/support/desk-host';
import { createSandboxPractice } from '../test/unit/accounts/sandbox-practices';
import {
  installLongTaskObserver,
  readLoadMeasures,
  scrollThroughList,
  type LoadMeasures,
} from './accounts/page-measures';
import { seedSandboxState } from './accounts/seed-sandbox-state';
import type { Bench, BenchRow } from './bench-types';
import { formatTable } from './format-table';
import { maxOf, percentile, timeMs } from './stats';

const practiceCount = 5_000;
const loads = 3;
const createSamples = 20;
const settleMs = 2_500;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const chromiumPath = (): string | undefined =>
  process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** The renderer the web host serves (out/web), built fresh unless BENCH_SKIP_BUILD=1. */
const buildRenderer = () =>
  new Promise<void>((resolve, reject) => {
    if (process.env.BENCH_SKIP_BUILD === '1' && existsSync(join(root, 'out/web/index.html')))
      return resolve();
    const vite = join(root, 'node_modules/.bin/vite');
    const child = spawn(vite, ['build', '--config', 'vite.web.config.ts', '--logLevel', 'error'], {
      cwd: root,
      stdio: 'inherit',
    });
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`)),
    );
  });

const bench: Bench = {
  description: `Accounts list: ${practiceCount.toLocaleString()} practices in the web host's sandbox, in Chromium`,
  async run() {
    await buildRenderer();
    const dataDir = await newDataDir();
    let desk: DeskHost | undefined;
    let browser: Browser | undefined;
    try {
      const seedMs = await timeMs(() => seedSandboxState(dataDir, practiceCount));
      const startMs = await timeMs(async () => (desk = await startDeskHost({ dataDir })));
      const host = desk as unknown as DeskHost;
      const creates: number[] = [];
      for (let i = 0; i < createSamples; i += 1) {
        const accountId = `bench-extra-${i}`;
        creates.push(
          await timeMs(() => createSandboxPractice(host.sandboxOrigin, { accountId, name: `Extra ${i}` })),
        );
      }
      const total = practiceCount + createSamples;

      browser = await chromium.launch({
        executablePath: chromiumPath(),
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await installLongTaskObserver(page);
      // First load, then the scroll (as a person would: the page has settled), then more loads for the render figure.
      await page.goto(host.url);
      const first = await readLoadMeasures(page);
      if (first.rowCount !== total)
        throw new Error(`the grid lists ${first.rowCount} rows, expected ${total}`);
      await page.waitForTimeout(settleMs);
      const scroll = await scrollThroughList(page);
      if (scroll.lastRowIndex !== total + 1)
        throw new Error(`scrolling ended at row ${scroll.lastRowIndex - 1}`);
      const measured: LoadMeasures[] = [first];
      for (let n = 1; n < loads; n += 1) {
        await page.reload();
        measured.push(await readLoadMeasures(page));
      }

      const render = measured.map((m) => m.renderMs);
      const rows: BenchRow[] = [
        { measure: `seed ${practiceCount} practices (state file)`, value: seedMs, unit: 'ms' },
        { measure: 'web host start (sandbox loads them)', value: startMs, unit: 'ms' },
        {
          measure: `PracticeCreate p50 (with ${practiceCount} stored)`,
          value: percentile(creates, 50),
          unit: 'ms',
        },
        {
          measure: `  ${practiceCount} creates at that rate`,
          value: percentile(creates, 50) * practiceCount,
          unit: 'ms',
        },
        {
          measure: 'accounts.list + drafts + outbox (p50)',
          value: percentile(
            measured.map((m) => m.dataMs),
            50,
          ),
          unit: 'ms',
        },
        {
          measure: `first render, data -> rows painted (p50 of ${loads})`,
          value: percentile(render, 50),
          unit: 'ms',
          target: 200,
        },
        { measure: `first render (max of ${loads})`, value: maxOf(render), unit: 'ms', target: 200 },
        {
          measure: 'navigation -> rows painted (p50)',
          value: percentile(
            measured.map((m) => m.navigationMs),
            50,
          ),
          unit: 'ms',
        },
        { measure: 'rows in the DOM (of all)', value: first.rowsInDom, unit: 'count' },
        {
          measure: 'longest task while loading',
          value: maxOf(measured.map((m) => m.longestLoadTaskMs)),
          unit: 'ms',
        },
        {
          measure: `scroll through ${total} rows (${scroll.frames} frames)`,
          value: scroll.scrollMs,
          unit: 'ms',
        },
        { measure: 'longest frame while scrolling', value: scroll.longestFrameMs, unit: 'ms' },
        {
          measure: 'long tasks (> 50 ms) while scrolling',
          value: scroll.longTasks,
          unit: 'count',
          target: 1,
        },
        { measure: 'longest task while scrolling', value: scroll.longestTaskMs, unit: 'ms', target: 50 },
      ];
      return rows;
    } finally {
      await browser?.close();
      await desk?.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
};
export default bench;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`${bench.description}\n${formatTable(await bench.run())}`);
}
