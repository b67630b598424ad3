import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test as base, expect, expectNoSeriousA11yViolations, shoot } from './support/fixtures';
import { newDataDir, startDeskHost, type DeskHost } from './support/desk-host';
import { SANDBOX_APPLICATION_ID, SANDBOX_APPLICATION_PASSWORD } from '../../src/sandbox';

const partner = {
  name: 'Partner EHR',
  legalName: 'Partner EHR LLC',
  address1: '1 Partner Way',
  address2: '',
  city: 'Columbus',
  state: 'OH',
  postal: '43215',
  countryCode: 'US',
  website: 'https://partner.example.com',
  contactFirstName: 'John',
  contactLastName: 'Smith',
  contactEmail: 'jsmith@partner.example.com',
  contactPhone: '8885551212',
};
const completeRecord = {
  accountId: 'sunrise',
  name: 'Sunrise Family Clinic',
  address1: '100 Main Street',
  address2: '',
  city: 'Dublin',
  state: 'OH',
  postal: '43017',
  phone: '6145550100',
  fax: '',
  timeZone: 'America/New_York',
  websiteUrl: 'https://sunrise.example.com',
  alternativeWebsiteUrl: '',
  countryCode: 'US',
  active: true,
};

const io = async (desk: DeskHost, method: string, body: Record<string, unknown>, accountId = '') => {
  const auth = {
    applicationId: SANDBOX_APPLICATION_ID,
    applicationPassword: SANDBOX_APPLICATION_PASSWORD,
    accountId,
    userId: '',
  };
  const res = await fetch(`${desk.sandboxOrigin}/api/io/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ auth, ...body }),
  });
  const answer = (await res.json()) as { responseCode: number; responseMessage: string };
  expect(answer.responseCode, `${method}: ${answer.responseMessage}`).toBe(2000);
};
/** Scrolls the app's main area (not the window) so the element is near the top, for a screenshot. */
const scrollTo = async (page: Page, testId: string) => {
  await page.getByTestId(testId).evaluate((el) => {
    const main = document.getElementById('main')!;
    main.scrollTop += el.getBoundingClientRect().top - main.getBoundingClientRect().top - 24;
    window.scrollTo(0, 0);
  });
};
const control = async (desk: DeskHost, route: string, body: unknown) => {
  const res = await fetch(`${desk.sandboxOrigin}/_sandbox/${route}`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  expect(res.ok).toBe(true);
};

/** A web host whose poller checks pending numbers every 300 ms; the app's partner details already complete. */
const test = base.extend<{ smsDesk: DeskHost }>({
  // eslint-disable-next-line no-empty-pattern
  smsDesk: async ({}, use) => {
    const dataDir = await newDataDir();
    const stored = { details: partner, updatedAt: new Date().toISOString() };
    await fs.writeFile(
      path.join(dataDir, 'partner-details.json'),
      JSON.stringify({ version: 1, byEnvironment: { sandbox: stored } }),
    );
    const desk = await startDeskHost({ dataDir, env: { DESK_SMS_POLL_MS: '300' } });
    await use(desk);
    await desk.stop();
  },
});

const DAY = 24 * 60 * 60 * 1000;

test('4039 from Updox, a lost answer, offline, a stale wait and a rejection: each said plainly', async ({
  page,
  smsDesk: desk,
}) => {
  await io(desk, 'PracticeCreate/1.1', completeRecord);
  await page.goto(desk.url);
  await page.evaluate(() => (window.location.hash = '#/sms/sunrise'));
  await expect(page.getByTestId('sms-readiness')).toContainText('Complete');
  const to = page.getByLabel('Send to', { exact: true });
  const message = page.getByLabel('Message', { exact: true });
  const sendButton = page.getByRole('button', { name: 'Send SMS Text' });
  const outcome = page.getByTestId('send-outcome');
  await to.fill('406 555 0120');
  await message.fill('Please call us back.');

  // The app's copy of the partner details is complete, Updox's (the sandbox's own) is not: Updox answers 4039
  // and the form opens.
  await control(desk, 'vendor', { ...partner, contactFirstName: '', contactLastName: '' });
  await sendButton.click();
  await expect(page).toHaveURL(/#\/business\/sunrise\/sms$/);
  await control(desk, 'vendor', partner);
  await page.evaluate(() => (window.location.hash = '#/sms/sunrise'));
  await expect(message).toHaveValue('Please call us back.');

  await control(desk, 'faults', { rules: [{ method: 'SmsSend', kind: 'drop' }] });
  await sendButton.click();
  await expect(outcome).toContainText('cannot tell whether the text was sent');
  await expect(outcome).toContainText('Nothing was retried');
  await expect(message).toHaveValue('Please call us back.');
  await scrollTo(page, 'send-outcome');
  await shoot(page, 'sms-outcome-network');
  await control(desk, 'faults', { rules: [] });

  await page.context().setOffline(true);
  await expect(page.getByText('You are offline, so sending is off.')).toBeVisible();
  await expect(sendButton).toBeDisabled();
  await scrollTo(page, 'send-from');
  await shoot(page, 'sms-offline');
  await page.context().setOffline(false);
  await expect(sendButton).toBeEnabled();
  await expect(message).toHaveValue('Please call us back.');

  await control(desk, 'verification', { delayMs: 10 * DAY, outcome: 'REJECTED' });
  await sendButton.click();
  await expect(outcome).toContainText('Verification requested');
  await control(desk, 'clock', { advanceMs: 6 * DAY });
  await page.getByRole('button', { name: 'Check now' }).click();
  const def = page.getByTestId('send-from').getByTestId('picker-Default Location');
  await expect(def).toContainText('pending for 6 days');
  await expect(page.getByText(/Verification has not finished after \d business days/)).toBeVisible();
  await scrollTo(page, 'send-from');
  await shoot(page, 'sms-picker-stale');

  await control(desk, 'clock', { advanceMs: 5 * DAY });
  await expect(page.getByTestId('toast')).toContainText('SMS number rejected');
  await expect(def).toContainText('SMS Rejected');
  await expect(def.getByRole('radio')).toBeDisabled();
  await scrollTo(page, 'send-from');
  await shoot(page, 'sms-picker-rejected');

  await page.getByTestId('toast').getByRole('button', { name: 'Dismiss' }).click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.evaluate(() => (document.getElementById('main')!.scrollTop = 0));
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'sms-send-dark-1024');
});
