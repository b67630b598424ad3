import fs from 'node:fs/promises';
import path from 'node:path';
import { expect, expectNoSeriousA11yViolations, shoot } from './support/fixtures';
import { scrollTo, test } from './sms-support';
import { advanceClock, setSmsEnabled } from '../support/sandbox-api';
import { completeAccount, createAccount } from '../unit/sms/sms-sandbox';

const CANARY_TEXT = 'CANARY-sms-body-5e1d77';
const CANARY_TO = '6145558642';

const allFiles = async (dir: string): Promise<Array<[string, string]>> => {
  const out: Array<[string, string]> = [];
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      out.push([entry.name, await fs.readFile(path.join(entry.parentPath, entry.name), 'latin1')]);
  }
  return out;
};

test('the whole story: incomplete account, form, 4035, approval noticed, sent, Add Number, 4015; nothing leaks', async ({
  page,
  smsDesk: desk,
}) => {
  const o = desk.sandboxOrigin;
  await createAccount(o, 'lakeside', false, ['Columbus', 'Powell']);

  await page.goto(desk.url);
  await page.getByRole('link', { name: 'SMS' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Send a Text Message' })).toBeVisible();
  await page.getByLabel('Find an account').fill('lake');
  // One account matches what was typed: it is selected.
  await expect(page).toHaveURL(/#\/sms\/lakeside$/);
  await expect(page.getByLabel('Account', { exact: true })).toHaveValue('lakeside');
  await expect(page.getByTestId('sms-readiness')).toContainText(/Incomplete \(\d+\)\. Sending opens/);
  const picker = page.getByTestId('send-from');
  await expect(picker.getByTestId('picker-Default Location')).toContainText('No Number');

  await page.getByLabel('Send to', { exact: true }).fill('(614) 555-8642');
  await page.getByLabel('Message', { exact: true }).fill(`Your forms are ready. ${CANARY_TEXT}`);
  await expect(page.getByTestId('sms-counter')).toHaveText(/characters · 1 SMS/);
  await shoot(page, 'sms-picker-incomplete');
  await page.getByRole('button', { name: 'Send SMS Text' }).click();
  await expect(page).toHaveURL(/#\/business\/lakeside\/sms$/);

  // Completing the account is the Missing Business Info form's job; here the sandbox API does it.
  await completeAccount(o, 'lakeside', {
    name: 'Lakeside Pediatrics',
    websiteUrl: 'https://lakeside.example.com',
  });
  await page.evaluate(() => (window.location.hash = '#/sms/lakeside'));
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue(
    `Your forms are ready. ${CANARY_TEXT}`,
  );
  await expect(page.getByLabel('Send to', { exact: true })).toHaveValue('(614) 555-8642');
  await expect(page.getByTestId('sms-readiness')).toContainText('Complete');

  // Default Location has No Number: the send would request one, so the screen asks first, in words.
  await page.getByRole('button', { name: 'Send SMS Text' }).click();
  const confirm = page.getByTestId('request-number-confirm');
  await expect(confirm).toContainText(
    'Sending from Default Location will first request an SMS number for it; Updox then verifies it, usually in 2 to 3 business days.',
  );
  await expect(confirm.locator('p')).toBeFocused();
  await confirm.getByRole('button', { name: 'Request the number and try to send' }).click();
  await expect(page.getByTestId('send-outcome')).toContainText('Verification requested for this number');
  await expect(page.getByTestId('send-outcome').locator('p')).toBeFocused();
  const def = picker.getByTestId('picker-Default Location');
  await expect(def).toContainText('SMS Pending');
  await expect(def).toContainText(/pending for (less than a minute|\d+ minutes?)/);
  await expect(def.getByRole('radio')).toBeDisabled();
  // The person's choice can no longer send: it is cleared, never moved to another location, and the screen says why.
  await expect(picker.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(page.getByTestId('send-from-note')).toContainText(
    'Default Location was unselected: its number is SMS Pending',
  );
  await expect(page.getByTestId('sms-check-schedule')).toContainText(/next check in/);
  await scrollTo(page, 'send-from');
  await shoot(page, 'sms-outcome-4035');

  await advanceClock(o, 301_000);
  const toast = page.getByTestId('toast');
  await expect(toast).toContainText('SMS number approved: Lakeside Pediatrics (Default Location).');
  await expect(toast.getByRole('link', { name: 'Open Lakeside Pediatrics' })).toBeVisible();
  await expect(def).toContainText('SMS Approved');
  // The "Not sent… verification requested" note went stale with the status change.
  await expect(page.getByTestId('send-outcome')).toHaveText('');
  await expect(def.getByRole('radio')).not.toBeChecked();
  await def.getByRole('radio').check();
  await expect(page.getByTestId('send-from-note')).toHaveCount(0);
  await scrollTo(page, 'send-from');
  await shoot(page, 'sms-toast-approved');
  await toast.getByRole('button', { name: 'Dismiss' }).click();
  await expect(toast).toHaveCount(0);

  await page.getByRole('button', { name: 'Send SMS Text' }).click();
  await expect(page.getByTestId('send-outcome')).toContainText(
    'Sent to the number ending 8642, from Default Location',
  );
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue('');
  await scrollTo(page, 'send-outcome');
  await shoot(page, 'sms-outcome-sent');

  const powell = picker.getByTestId('picker-Powell');
  await powell.getByRole('button', { name: 'Add Number for Powell' }).click();
  // One status per location, in Updox's words.
  await expect(powell).toContainText('Number Pending');
  await expect(powell).not.toContainText('SMS Pending');
  await expect(powell.locator('.badge')).toHaveCount(1);
  await expect(page.getByText('Number requested for Powell.')).toBeVisible();
  await expect(picker.getByTestId('picker-Columbus')).toContainText('No Number');
  await scrollTo(page, 'send-from');
  await shoot(page, 'sms-picker-states');
  await expectNoSeriousA11yViolations(page);

  await setSmsEnabled(o, false);
  await page.getByLabel('Send to', { exact: true }).fill(CANARY_TO);
  await page.getByLabel('Message', { exact: true }).fill(`Second try ${CANARY_TEXT}`);
  await page.getByRole('button', { name: 'Send SMS Text' }).click();
  await expect(page.getByTestId('send-outcome')).toContainText(
    'SMS is not enabled for your Updox credentials. Ask your Updox account manager to enable it.',
  );
  await expect(page.getByTestId('toast')).toHaveCount(0); // one approval, one notification
  await scrollTo(page, 'send-outcome');
  await shoot(page, 'sms-outcome-4015');

  await desk.stop();
  const output = desk.output();
  expect(output.includes(CANARY_TEXT)).toBe(false);
  expect(output.includes(CANARY_TO)).toBe(false);
  const files = await allFiles(desk.dataDir);
  expect(files.map(([name]) => name)).toEqual(
    expect.arrayContaining(['state.json', 'sms-history.json', 'audit.jsonl']),
  );
  for (const [name, text] of files) {
    expect(text.includes(CANARY_TEXT), name).toBe(false);
    expect(text.includes(CANARY_TO), name).toBe(false);
  }
});
