import type { Page } from '@playwright/test';
import path from 'node:path';
import { reviewShots } from './fixtures';

/** Review screenshots (ignored folder, kept between runs): test-screens/<name>-<width>x<height>-<theme>.png. */
const reviewShotDir = path.resolve(import.meta.dirname, '../../../test-screens');

/** The screen in the review sizes and themes (`reviewShots`); the page is left at 1280x800, light. */
export const snapAll = async (page: Page, name: string) => {
  for (const { width, height, scheme } of reviewShots) {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: path.join(reviewShotDir, `${name}-${width}x${height}-${scheme}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
};
