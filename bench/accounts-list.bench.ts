import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { chromium, type Browser } from '@playwright/test';
import { newDataDir, startDeskHost, type DeskHost } from '../test/e2e/support/desk-host';
import { countHostRequests } from '../test/e2e/support/host-requests';
import {
  installLongTaskObserver,
  readLoadMeasures,
  scrollThroughList,
  type LoadMeasures,
} from './accounts/page-measures';
import { seedSandboxState } from './accounts/seed-sandbox-state';
import type { Bench, BenchRow } from './bench-types';
import { maxOf, percentile } from './stats';
import { ensureWebBuilt } from './support/project';

const practiceCount = 5_000;
const loads = 3;
const idleMs = 20_000;
const settleMs = 2_500;

const chromiumPath = (): string | undefined =>
  process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const bench: Bench = {
  description: `Accounts list: ${practiceCount.toLocaleString()} practices in the web host's sandbox, in Chromium`,
  async run() {
    await ensureWebBuilt();
    const dataDir = await newDataDir();
    let desk: DeskHost | undefined;
    let browser: Browser | undefined;
    try {
      await seedSandboxState(dataDir, practiceCount);
      desk = await startDeskHost({ dataDir });
      const host = desk;

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
      // Every request of the page to the host (calls and the event stream), as the idle end-to-end test counts.
      const requests = countHostRequests(page, host.origin);
      // First load, then the scroll (as a person would: the page has settled), then more loads for the figures.
      await page.goto(host.url);
      const first = await readLoadMeasures(page);
      if (first.rowCount !== practiceCount)
        throw new Error(`the grid lists ${first.rowCount} rows, expected ${practiceCount}`);
      await page.waitForTimeout(settleMs);
      const scroll = await scrollThroughList(page);
      if (scroll.lastRowIndex !== practiceCount + 1)
        throw new Error(`scrolling ended at row ${scroll.lastRowIndex - 1}`);
      const measured: LoadMeasures[] = [first];
      for (let n = 1; n < loads; n += 1) {
        await page.reload();
        measured.push(await readLoadMeasures(page));
      }
      // Idle: the Accounts screen open, nobody touching it. Calls counted over idleMs, scaled to a minute.
      await page.waitForTimeout(settleMs);
      requests.reset();
      await page.waitForTimeout(idleMs);
      const idleCalls = (requests.requests.length * 60_000) / idleMs;

      const render = measured.map((m) => m.renderMs);
      const rows: BenchRow[] = [
        {
          measure: `navigation -> rows painted (p50 of ${loads})`,
          value: percentile(
            measured.map((m) => m.navigationMs),
            50,
          ),
          unit: 'ms',
          target: 300,
        },
        {
          measure: `longest task while loading (max of ${loads})`,
          value: maxOf(measured.map((m) => m.longestLoadTaskMs)),
          unit: 'ms',
          target: 50,
          op: '<=',
        },
        {
          measure: 'accounts.list + drafts + outbox as the page sees them (p50)',
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
        { measure: 'rows in the DOM', value: first.rowsInDom, unit: 'count' },
        {
          measure: `scrolling ${practiceCount} rows (${scroll.frames} frames): tasks over 50 ms`,
          value: scroll.longTasks,
          unit: 'count',
          target: 0,
          op: '<=',
        },
        {
          measure: 'longest task while scrolling',
          value: scroll.longestTaskMs,
          unit: 'ms',
          target: 50,
          op: '<=',
        },
        { measure: 'longest frame while scrolling', value: scroll.longestFrameMs, unit: 'ms' },
        {
          measure: `calls the renderer makes in 60 idle seconds (${idleMs / 1000} s counted, scaled)`,
          value: idleCalls,
          unit: 'count',
          target: 0,
          op: '<=',
        },
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
