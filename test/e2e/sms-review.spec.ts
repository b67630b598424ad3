import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, shoot, shootBoth } from './support/fixtures';
import { confirmNumberRequest, scrollTo, test } from './sms-support';
import { advanceClock, createPractice, sandboxState, smsSendCode } from '../support/sandbox-api';
import { completePractice } from '../unit/sms/sms-sandbox';
import { createAccount } from '../unit/sms/sms-sandbox';

/** The findings of a new user's review of the send screen, each checked the way the person met it. */

const numbersOf = async (origin: string, accountId: string): Promise<number> => {
  const state = (await sandboxState(origin)) as unknown as { numbers: Array<{ accountId: string }> };
  return state.numbers.filter((n) => n.accountId === accountId).length;
};

const openAccount = async (page: Page, accountId: string) => {
  await page.evaluate((id) => (window.location.hash = `#/sms/${id}`), accountId);
  await expect(page.getByTestId('sms-readiness')).toContainText('Complete');
};

test("the Send From choice stays the person's; a send that requests a number asks first; keyboard flow", async ({
  page,
  smsDesk: desk,
}) => {
  const o = desk.sandboxOrigin;
  await createAccount(o, 'sunrise', true, ['Columbus', 'Powell']);
  expect(await smsSendCode(o, 'sunrise')).toBe(4035); // Default Location: number assigned, verifying
  await advanceClock(o, 301_000); // ... and approved
  await page.goto(desk.url);
  await openAccount(page, 'sunrise');
  const picker = page.getByTestId('send-from');
  const def = picker.getByTestId('picker-Default Location');
  const columbus = picker.getByTestId('picker-Columbus');
  await expect(def.getByRole('radio')).toBeChecked();

  const to = page.getByLabel('Send to', { exact: true });
  await to.fill('(406) 555-0120');
  await page.getByLabel('Message', { exact: true }).fill('Please call us back.');
  // Enter in "Send to" submits nothing (and so never requests a number).
  await to.press('Enter');
  await expect(page.getByTestId('request-number-confirm')).toHaveCount(0);
  await expect(page.getByTestId('send-outcome')).toHaveText('');

  await columbus.getByRole('radio').check();
  const send = page.getByRole('button', { name: 'Send SMS Text' });
  await send.click();
  const confirm = page.getByTestId('request-number-confirm');
  await expect(confirm).toContainText(
    'Sending from Columbus will first request an SMS number for it; Updox then verifies it, usually in 2 to 3 business days. Request the number and try to send?',
  );
  await scrollTo(page, 'send-outcome');
  await shoot(page, 'sms-confirm-request');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(send).toBeFocused();
  await expect(columbus).toContainText('No Number');
  expect(await numbersOf(o, 'sunrise')).toBe(1);

  await send.click();
  await confirmNumberRequest(page, 'Columbus');
  const outcome = page.getByTestId('send-outcome');
  await expect(outcome).toContainText('Not sent from Columbus.');
  await expect(outcome).toContainText('checks it every few seconds');
  // Focus is on the result; the next Tab continues in the form.
  await expect(outcome.locator('p')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Discard' })).toBeFocused();

  // Columbus is now SMS Pending: the choice is cleared and the screen says why; Default Location is NOT chosen.
  await expect(columbus).toContainText('SMS Pending');
  await expect(page.getByTestId('send-from-note')).toContainText('Columbus was unselected');
  await expect(picker.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(def.getByRole('radio')).not.toBeChecked();
  await send.click();
  await expect(picker.getByRole('alert')).toContainText('Send From: choose a location');
  await expect(confirm).toHaveCount(0);
  expect(await numbersOf(o, 'sunrise')).toBe(2); // no number requested for any other location

  // The keyboard focus ring marks the whole location row.
  await to.focus();
  await page.keyboard.press('Tab');
  await expect(def.getByRole('radio')).toBeFocused();
  expect(await def.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  await scrollTo(page, 'send-from');
  await shoot(page, 'sms-picker-cleared');
  await expectNoSeriousA11yViolations(page);
});

/** The visible controls (buttons, fields, links) that the toast covers, by their text. */
const controlsUnderToast = (page: Page) =>
  page.evaluate(() => {
    const toast = document.querySelector('[data-testid="toast"]')!.getBoundingClientRect();
    const hits: string[] = [];
    for (const el of document.querySelectorAll('button, input, select, textarea, a[href], [role="radio"]')) {
      if (el.closest('[data-testid="toast"]')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.bottom <= 0 || r.top >= window.innerHeight) continue;
      if (toast.left < r.right && r.left < toast.right && toast.top < r.bottom && r.top < toast.bottom)
        hits.push((el.textContent ?? '').trim() || el.getAttribute('aria-label') || el.tagName);
    }
    return hits;
  });

test('templates with a missing value, A to Z accounts, and one grouped toast clear of Send', async ({
  page,
  smsDesk: desk,
}) => {
  const o = desk.sandboxOrigin;
  await createPractice(o, completePractice('sunrise', { phone: '' }));
  await createPractice(o, completePractice('oldclinic', { name: 'Old Clinic' }));
  await createPractice(o, completePractice('acorn', { name: 'Acorn Pediatrics' }));
  await page.goto(desk.url);
  await page.evaluate(() => (window.location.hash = '#/sms'));
  const account = page.getByLabel('Account', { exact: true });
  await expect(account.locator('option')).toHaveText([
    'Choose an account…',
    'Acorn Pediatrics (acorn)',
    'Old Clinic (oldclinic)',
    'Sunrise Family Clinic (sunrise)',
  ]);
  await page.getByLabel('Find an account').fill('sunr');
  await expect(page).toHaveURL(/#\/sms\/sunrise$/);
  await expect(page.getByTestId('sms-readiness')).toContainText('Complete');

  await page.getByLabel('Send to', { exact: true }).fill('(406) 555-0120');
  await page.getByLabel('Template', { exact: true }).selectOption({ label: 'Please call us' });
  const message = page.getByLabel('Message', { exact: true });
  await expect(message).toHaveValue(
    'Sunrise Family Clinic is trying to reach you. Please call us at [practice phone].',
  );
  const gaps = page.getByTestId('template-gaps');
  await expect(gaps).toContainText('[practice phone]: this practice has no phone number on its Updox record');
  await expect(gaps.getByRole('link', { name: 'Edit the practice' })).toHaveAttribute(
    'href',
    '#/edit/sunrise',
  );
  await page.getByRole('button', { name: 'Send SMS Text' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'replace [practice phone]' })).toBeVisible();
  await expect(message).toBeFocused();
  await expect(page.getByTestId('request-number-confirm')).toHaveCount(0);
  await scrollTo(page, 'template-gaps');
  await shoot(page, 'sms-template-gaps');
  await message.fill('Sunrise Family Clinic is trying to reach you. Please call us at (614) 555-0100.');
  await expect(gaps).toHaveCount(0);

  // Two practices' numbers approved in one check: ONE toast naming both, each with its own link.
  await openAccount(page, 'oldclinic');
  expect(await smsSendCode(o, 'oldclinic')).toBe(4035);
  expect(await smsSendCode(o, 'sunrise')).toBe(4035);
  await page.getByRole('button', { name: 'Check now' }).click();
  await expect(page.getByTestId('picker-Default Location')).toContainText('SMS Pending');
  await openAccount(page, 'sunrise');
  await expect(page.getByTestId('picker-Default Location')).toContainText('SMS Pending');
  await expect(page.getByTestId('sms-check-schedule')).toContainText(/Checked .* · next check in/);
  await advanceClock(o, 301_000);
  const toast = page.getByTestId('toast');
  await expect(toast).toHaveCount(1);
  await expect(toast).toContainText('2 SMS numbers approved:');
  await expect(toast).toContainText('Old Clinic (Default Location)');
  await expect(toast).toContainText('Sunrise Family Clinic (Default Location)');
  await expect(toast.getByRole('link', { name: 'Open Old Clinic' })).toHaveAttribute(
    'href',
    '#/sms/oldclinic',
  );
  await expect(toast.getByRole('link', { name: 'Open Sunrise Family Clinic' })).toBeVisible();

  await page.getByRole('button', { name: 'Send SMS Text' }).scrollIntoViewIfNeeded();
  const toastBox = (await toast.boundingBox())!;
  const sendBox = (await page.getByRole('button', { name: 'Send SMS Text' }).boundingBox())!;
  const overlaps =
    toastBox.x < sendBox.x + sendBox.width &&
    sendBox.x < toastBox.x + toastBox.width &&
    toastBox.y < sendBox.y + sendBox.height &&
    sendBox.y < toastBox.y + toastBox.height;
  expect(overlaps).toBe(false);
  await page.evaluate(() => (document.getElementById('main')!.scrollTop = 0));
  await shoot(page, 'sms-toast-grouped');
  // No control on screen is under the toast: the Account chooser at the top, the picker's buttons, any link.
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    for (const at of ['top', 'picker'] as const) {
      if (at === 'picker') await scrollTo(page, 'send-from');
      else await page.evaluate(() => (document.getElementById('main')!.scrollTop = 0));
      expect(await controlsUnderToast(page), `${size.width}x${size.height} ${at}`).toEqual([]);
    }
  }
  await page.evaluate(() => (document.getElementById('main')!.scrollTop = 0));
  await shootBoth(page, 'sms-toast-sidebar');
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1024, height: 700 });
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'sms-toast-grouped-dark-1024');
});
