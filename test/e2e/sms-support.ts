import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test as base } from './support/fixtures';
import { newDataDir, startDeskHost, type DeskHost } from './support/desk-host';
import { partnerDetails } from '../unit/sms/sms-sandbox';

/** What the SMS specs share: a web host set up for SMS, and scrolling for screenshots. */

/** A web host whose poller checks pending numbers every 300 ms; the app's partner details already complete. */
export const test = base.extend<{ smsDesk: DeskHost }>({
  // eslint-disable-next-line no-empty-pattern
  smsDesk: async ({}, use) => {
    const dataDir = await newDataDir();
    const stored = { details: partnerDetails, updatedAt: new Date().toISOString() };
    await fs.writeFile(
      path.join(dataDir, 'partner-details.json'),
      JSON.stringify({ version: 1, byEnvironment: { sandbox: stored } }),
    );
    const desk = await startDeskHost({ dataDir, env: { DESK_SMS_POLL_MS: '300' } });
    await use(desk);
    await desk.stop();
  },
});

/** Scrolls the app's main area (not the window) so the element is near the top, for a screenshot. */
export const scrollTo = async (page: Page, testId: string) => {
  await page.getByTestId(testId).evaluate((el) => {
    const main = document.getElementById('main')!;
    main.scrollTop += el.getBoundingClientRect().top - main.getBoundingClientRect().top - 24;
    window.scrollTo(0, 0);
  });
};

/** Answers the inline question asked before a send that first requests a number (a location with No Number). */
export const confirmNumberRequest = async (page: Page, locationName = 'Default Location') => {
  const confirm = page.getByTestId('request-number-confirm');
  await confirm.getByText(`Sending from ${locationName} will first request an SMS number`).waitFor();
  await confirm.getByRole('button', { name: 'Request the number and try to send' }).click();
};
