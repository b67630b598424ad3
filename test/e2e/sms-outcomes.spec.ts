import { expect, expectNoSeriousA11yViolations, shoot } from './support/fixtures';
import { confirmNumberRequest, scrollTo, test } from './sms-support';
import { advanceClock, createPractice, setFaults, setVendor, setVerification } from '../support/sandbox-api';
import { completePractice, partnerDetails } from '../unit/sms/sms-sandbox';

const DAY = 24 * 60 * 60 * 1000;

test('4039 from Updox, a lost answer, offline, a stale wait and a rejection: each said plainly', async ({
  page,
  smsDesk: desk,
}) => {
  const o = desk.sandboxOrigin;
  await createPractice(o, completePractice('sunrise', { websiteUrl: 'https://sunrise.example.com' }));
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
  await setVendor(o, { ...partnerDetails, contactFirstName: '', contactLastName: '' });
  await sendButton.click();
  await confirmNumberRequest(page);
  await expect(page).toHaveURL(/#\/business\/sunrise\/sms$/);
  await setVendor(o, partnerDetails);
  await page.evaluate(() => (window.location.hash = '#/sms/sunrise'));
  await expect(message).toHaveValue('Please call us back.');

  await setFaults(o, [{ method: 'SmsSend', kind: 'drop' }]);
  await sendButton.click();
  await confirmNumberRequest(page);
  await expect(outcome).toContainText('cannot tell whether the text was sent');
  await expect(outcome).toContainText('Nothing was retried');
  await expect(message).toHaveValue('Please call us back.');
  await scrollTo(page, 'send-outcome');
  await shoot(page, 'sms-outcome-network');
  await setFaults(o, []);

  await page.context().setOffline(true);
  await expect(page.getByText('You are offline, so sending is off.')).toBeVisible();
  await expect(sendButton).toBeDisabled();
  await scrollTo(page, 'send-from');
  await shoot(page, 'sms-offline');
  await page.context().setOffline(false);
  await expect(sendButton).toBeEnabled();
  await expect(message).toHaveValue('Please call us back.');

  await setVerification(o, { delayMs: 10 * DAY, outcome: 'REJECTED' });
  await sendButton.click();
  await confirmNumberRequest(page);
  await expect(outcome).toContainText('Verification requested');
  await advanceClock(o, 6 * DAY);
  await page.getByRole('button', { name: 'Check now' }).click();
  const def = page.getByTestId('send-from').getByTestId('picker-Default Location');
  await expect(def).toContainText('pending for 6 days');
  await expect(page.getByText(/Verification has not finished after \d business days/)).toBeVisible();
  await scrollTo(page, 'send-from');
  await shoot(page, 'sms-picker-stale');

  await advanceClock(o, 5 * DAY);
  await expect(page.getByTestId('toast')).toContainText(
    'SMS number rejected: Sunrise Family Clinic (Default Location).',
  );
  await expect(
    page.getByTestId('toast').getByRole('link', { name: 'Open Sunrise Family Clinic' }),
  ).toBeVisible();
  await expect(def).toContainText('SMS Rejected');
  await expect(def.getByRole('radio')).toBeDisabled();
  // No dead end: what usually causes it, where to fix it, and a way to request the number again.
  await expect(def).toContainText('do not match public records');
  // The note about the cleared choice follows the status: it no longer says SMS Pending.
  await expect(page.getByTestId('send-from-note')).toContainText('its number is SMS Rejected');
  await expect(def.getByRole('link', { name: 'Check the SMS business details' })).toHaveAttribute(
    'href',
    '#/business/sunrise/sms',
  );
  // The old "Verification requested" outcome went stale when the status changed.
  await expect(outcome).toHaveText('');
  await scrollTo(page, 'send-from');
  await shoot(page, 'sms-picker-rejected');

  await setVerification(o, { delayMs: 10 * DAY, outcome: 'APPROVED' });
  await def.getByRole('button', { name: 'Request number again for Default Location' }).click();
  await expect(def).toContainText('SMS Pending');
  await expect(def.getByRole('button', { name: /Request number again/ })).toHaveCount(0);
  await expect(page.getByText('Verification requested again for Default Location.')).toBeVisible();

  await page.getByTestId('toast').getByRole('button', { name: 'Dismiss' }).click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.evaluate(() => (document.getElementById('main')!.scrollTop = 0));
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'sms-send-dark-1024');
});
