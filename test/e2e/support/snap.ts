import type { Page } from '@playwright/test';
import path from 'node:path';

/** Review screenshots (ignored folder, kept between runs): test-screens/<name>-<width>x<height>-<theme>.png. */
const reviewShotDir = path.resolve(import.meta.dirname, '../../../test-screens');

/** The screen at 1280x800 and 1024x700, light and dark; the page is left at 1280x800, light. */
export const snapAll = async (page: Page, name: string) => {
  for (const [width, height] of [
    [1280, 800],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: path.join(reviewShotDir, `${name}-${width}x${height}-${scheme}.png`) });
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
};
