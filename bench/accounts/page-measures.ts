import type { Page } from '@playwright/test';

/**
 * What the benchmark reads from the page: the renderer's performance marks (accounts:request, accounts:data,
 * accounts:rendered) and the long tasks (PerformanceObserver 'longtask', over 50 ms by definition) seen since the
 * page loaded or since the last reset.
 */
declare global {
  interface Window {
    __longTasks?: { start: number; duration: number }[];
  }
}

/**
 * Installed before any page script runs, so long tasks of the first load are seen too. tsx compiles the functions
 * sent to the page with esbuild's keepNames, which calls a `__name` helper the page does not have: define it.
 */
export const installLongTaskObserver = async (page: Page) => {
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__longTasks?.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  });
};

export interface LoadMeasures {
  /** accounts:request -> accounts:data: the three calls (PracticeList through main, drafts, outbox). */
  dataMs: number;
  /** accounts:data -> accounts:rendered: merge, sort, render and paint of the first rows. */
  renderMs: number;
  /** Navigation start -> accounts:rendered. */
  navigationMs: number;
  rowCount: number;
  rowsInDom: number;
  longestLoadTaskMs: number;
}

export const readLoadMeasures = async (page: Page): Promise<LoadMeasures> => {
  await page.waitForFunction(() => performance.getEntriesByName('accounts:rendered').length > 0, undefined, {
    timeout: 60_000,
  });
  return page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
    const grid = document.querySelector('[role="grid"]');
    return {
      dataMs: at('accounts:data') - at('accounts:request'),
      renderMs: at('accounts:rendered') - at('accounts:data'),
      navigationMs: at('accounts:rendered'),
      rowCount: Number(grid?.getAttribute('aria-rowcount') ?? 0) - 1,
      rowsInDom: document.querySelectorAll('[data-testid="account-row"]').length,
      longestLoadTaskMs: Math.max(0, ...(window.__longTasks ?? []).map((t) => t.duration)),
    };
  });
};

export interface ScrollMeasures {
  scrollMs: number;
  frames: number;
  longestFrameMs: number;
  longTasks: number;
  longestTaskMs: number;
  lastRowIndex: number;
}

/** Scrolls the grid from top to bottom, most of a screenful per animation frame, like a fast wheel or drag. */
export const scrollThroughList = (page: Page): Promise<ScrollMeasures> =>
  page.evaluate(async () => {
    const body = document.querySelector<HTMLElement>('[role="grid"] [role="rowgroup"]:last-child');
    if (!body) throw new Error('no grid body');
    body.scrollTop = 0;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    window.__longTasks = [];
    const step = Math.round(body.clientHeight * 0.8);
    const started = performance.now();
    const frameTimes: number[] = [];
    while (body.scrollTop + body.clientHeight < body.scrollHeight - 1) {
      body.scrollTop += step;
      frameTimes.push(await new Promise<number>((resolve) => requestAnimationFrame(resolve)));
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const scrollMs = performance.now() - started;
    const gaps = frameTimes.slice(1).map((t, i) => t - (frameTimes[i] ?? t));
    const tasks = window.__longTasks ?? [];
    const rows = [...document.querySelectorAll('[data-testid="account-row"]')];
    return {
      scrollMs,
      frames: frameTimes.length,
      longestFrameMs: Math.max(0, ...gaps),
      longTasks: tasks.length,
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
      lastRowIndex: Math.max(0, ...rows.map((r) => Number(r.getAttribute('aria-rowindex')))),
    };
  });
