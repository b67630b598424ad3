import { test, expect, expectNoSeriousA11yViolations, shootBoth } from './support/fixtures';
import { callUpdox, setFaults } from '../support/sandbox-api';
import { switchToProductionInSettings } from './support/switch-environment';

test('Test credentials tests what is typed; refused credentials are said on Accounts, with the way to Settings', async ({
  page,
  desk,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${desk.url}#/settings`);
  const sandbox = page.getByTestId('env-sandbox');
  await sandbox.getByText('Use other sandbox credentials').click();
  await sandbox.getByLabel('Application ID').fill('sandbox-vendor');
  await sandbox.getByLabel('Application password').fill('not-the-password');
  await sandbox.getByRole('button', { name: 'Save credentials' }).click();
  await expect(sandbox.getByText('Credentials saved.')).toBeVisible();

  // The right ones typed, not saved: the typed ones are tested.
  await sandbox.getByLabel('Application password').fill('sandbox-password');
  await sandbox.getByRole('button', { name: 'Test typed credentials' }).click();
  await expect(
    sandbox.getByText('Updox accepted the credentials you typed. They are not saved yet'),
  ).toBeVisible();
  await expect(page.getByTestId('cred-status-sandbox')).toHaveText(/not verified yet/);
  await shootBoth(page, 'settings-test-typed');

  // Accounts with the saved (wrong) ones: not "No practices yet" but why, and where to fix it.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Accounts' }).click();
  const why = page.getByTestId('accounts-list-error');
  await expect(why).toContainText('Updox refused the vendor credentials for Sandbox');
  await expect(page.getByText(/No practices yet/)).toHaveCount(0);
  await expect(why.getByRole('link', { name: 'Check the credentials in Settings' })).toHaveAttribute(
    'href',
    '#/settings',
  );
  await expectNoSeriousA11yViolations(page);
  await shootBoth(page, 'accounts-credentials-refused');
});

test('an environment without credentials says so on Accounts, not "refused" and not "No practices yet"', async ({
  page,
  desk,
}) => {
  await page.goto(`${desk.url}#/settings`);
  await switchToProductionInSettings(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Accounts' }).click();
  const why = page.getByTestId('accounts-list-error');
  await expect(why).toContainText('There are no vendor credentials for Production');
  await expect(why).not.toContainText('refused');
  await expect(why.getByRole('link', { name: 'Add the credentials in Settings' })).toBeVisible();
  await expect(page.getByText(/No practices yet/)).toHaveCount(0);
});

test('offline, the SMS account chooser shows the copy on disk, or says why nothing can load, with Retry', async ({
  page,
  desk,
}) => {
  test.setTimeout(120_000);
  await setFaults(desk.sandboxOrigin, [{ kind: 'drop' }]);
  await page.goto(`${desk.url}#/sms`);
  const note = page.getByTestId('sms-accounts-note');
  await expect(note).toContainText(
    'No accounts can be listed: the app has no copy of them yet. Updox could not be reached',
  );
  await expect(page.getByText('Loading accounts…')).toHaveCount(0);
  await shootBoth(page, 'sms-accounts-none');

  // Back online, Retry lists them (and the Accounts list keeps a copy on disk).
  await setFaults(desk.sandboxOrigin, []);
  await callUpdox(desk.sandboxOrigin, 'PracticeCreate', {
    accountId: 'lake-1',
    name: 'Lakeside',
    active: true,
  });
  await note.getByRole('button', { name: 'Retry' }).click();
  await expect(note).toHaveCount(0);
  await expect(page.getByText('1 of 1 accounts')).toBeVisible();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Accounts' }).click();
  await expect(
    page.getByRole('grid', { name: 'Accounts' }).getByRole('row', { name: /Lakeside/ }),
  ).toBeVisible();

  // Offline again: the copy, with its time.
  await setFaults(desk.sandboxOrigin, [{ kind: 'drop' }]);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'SMS' }).click();
  await expect(note).toContainText(
    /^These are the accounts as the app last saw them \(just now\)\. Updox could not be reached/,
  );
  await expect(page.getByText('1 of 1 accounts')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shootBoth(page, 'sms-accounts-cached');
});
