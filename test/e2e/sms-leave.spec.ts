import { expect, expectNoSeriousA11yViolations, shootBoth } from './support/fixtures';
import { test } from './sms-support';
import { createAccount } from '../unit/sms/sms-sandbox';

test('the SMS draft says it is kept in memory only, and leaving with text typed asks first', async ({
  page,
  smsDesk: desk,
}) => {
  test.setTimeout(120_000);
  await createAccount(desk.sandboxOrigin, 'lakeside', true, ['Columbus']);
  await page.goto(`${desk.url}#/sms/lakeside`);
  await expect(page.getByRole('heading', { level: 1, name: 'Send a Text Message' })).toBeVisible();
  const message = page.getByLabel('Message', { exact: true });
  // Said beside the message, and read with it.
  await expect(page.getByTestId('sms-memory-note')).toHaveText(
    'The number and message are kept only in this app’s memory, never saved to disk, because they may be health information: closing or reloading the app loses them.',
  );
  await expect(message).toHaveAccessibleDescription(/kept only in this app’s memory/);

  // Nothing typed: leaving does not ask.
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await nav.getByRole('link', { name: 'Activity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
  await nav.getByRole('link', { name: 'SMS' }).click();
  await page.getByLabel('Account', { exact: true }).selectOption('lakeside');

  await page.getByLabel('Send to', { exact: true }).fill('(614) 555-8642');
  await message.fill('Your forms are ready.');
  await nav.getByRole('link', { name: 'Activity' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave the message you typed?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('never on disk');
  await expect(dialog.getByRole('button', { name: 'Stay here' })).toBeFocused();
  await expect(page).toHaveURL(/#\/sms\/lakeside$/);
  await expectNoSeriousA11yViolations(page);
  await shootBoth(page, 'sms-leave-dialog');

  // Stay: nothing changes.
  await dialog.getByRole('button', { name: 'Stay here' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/sms\/lakeside$/);
  await expect(message).toHaveValue('Your forms are ready.');

  // Escape is Stay too; the browser's Back asks as well.
  await nav.getByRole('link', { name: 'Accounts' }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Back to the account chooser stays in sending; one more Back would leave it, so it asks.
  await page.goBack();
  await expect(page).toHaveURL(/#\/sms$/);
  await expect(dialog).toBeHidden();
  await page.goBack();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Stay here' }).click();
  await expect(page).toHaveURL(/#\/sms$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Send a Text Message' })).toBeVisible();

  // Leave and keep it: the message is there on return.
  await nav.getByRole('link', { name: 'Activity' }).click();
  await dialog.getByRole('button', { name: 'Leave and keep it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
  await nav.getByRole('link', { name: 'SMS' }).click();
  await page.getByLabel('Account', { exact: true }).selectOption('lakeside');
  await expect(message).toHaveValue('Your forms are ready.');
  await shootBoth(page, 'sms-memory-note');

  // A reload or closing the tab asks through the browser.
  let asked = false;
  page.once('dialog', (d) => {
    asked = d.type() === 'beforeunload';
    void d.dismiss();
  });
  await page.getByRole('heading', { level: 1 }).click(); // a gesture, so the browser may ask
  await page.reload({ timeout: 3_000 }).catch(() => undefined);
  expect(asked).toBe(true);
  await expect(message).toHaveValue('Your forms are ready.');

  // Discard and leave: gone.
  await nav.getByRole('link', { name: 'Activity' }).click();
  await dialog.getByRole('button', { name: 'Discard and leave' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
  await nav.getByRole('link', { name: 'SMS' }).click();
  await page.getByLabel('Account', { exact: true }).selectOption('lakeside');
  await expect(message).toHaveValue('');
});
