import { expect, expectNoSeriousA11yViolations, shootBoth } from './support/fixtures';
import { test } from './sms-support';
import { createAccount } from '../unit/sms/sms-sandbox';

test('the message under Send to never moves the Send From picker: a click right after typing lands', async ({
  page,
  smsDesk: desk,
}) => {
  test.setTimeout(120_000);
  await createAccount(desk.sandboxOrigin, 'lakeside', true, ['Columbus']);
  await page.goto(`${desk.url}#/sms/lakeside`);
  const picker = page.getByTestId('send-from');
  await expect(picker.getByTestId('picker-Columbus')).toBeVisible();
  const before = (await picker.boundingBox())!;

  // A wrong number, then straight to the picker: the message appears on blur, and the click still lands.
  await page.getByLabel('Send to', { exact: true }).fill('555');
  const radio = picker.getByRole('radio', { name: /Columbus/ });
  const target = (await radio.boundingBox())!;
  await page.mouse.click(target.x + target.width / 2, target.y + target.height / 2);
  await expect(page.getByTestId('send-to-error')).toContainText(
    'Send to must be a 10-digit US mobile number',
  );
  expect((await picker.boundingBox())!.y).toBe(before.y);
  await expect(radio).toBeChecked();
  await expectNoSeriousA11yViolations(page);
  await shootBoth(page, 'sms-send-to-error');
});
