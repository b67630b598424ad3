import { test, expect, expectNoSeriousA11yViolations, shoot } from './support/fixtures';
import { setFaults, syncLocations } from '../support/sandbox-api';
import {
  completePractice,
  createSandboxPractice,
  oakPediatrics,
  powellLocation,
} from '../unit/accounts/sandbox-practices';

test('the account page shows the record and the locations, with Edit', async ({ page, desk }) => {
  const o = desk.sandboxOrigin;
  await createSandboxPractice(o, {
    ...completePractice('sunrise-01', 'Sunrise Family Care'),
    address1: '5600 Blazer Pkwy',
  });
  await syncLocations(o, 'sunrise-01', [
    { ...powellLocation, dayphone: '6145550120', active: true },
    { id: 'old', code: 'old', name: 'Old Office', city: 'Columbus', state: 'OH', active: false },
  ]);

  await page.goto(desk.url);
  await page
    .getByRole('grid', { name: 'Accounts' })
    .getByRole('link', { name: 'Sunrise Family Care' })
    .click();
  await expect(page).toHaveURL(/#\/accounts\/sunrise-01$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sunrise Family Care' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit', exact: true })).toHaveAttribute(
    'href',
    '#/edit/sunrise-01',
  );

  const record = page.getByTestId('account-record');
  await expect(record.getByText('Address line 1')).toBeVisible();
  await expect(record).toContainText('5600 Blazer Pkwy');
  await expect(record).toContainText('43017');
  await expect(record).toContainText('https://example.com');

  const locations = page.getByRole('table', { name: 'Locations (3)' });
  await expect(locations.getByRole('row')).toHaveCount(4);
  await expect(locations.getByRole('row', { name: /Powell/ })).toContainText('9 Elm St, Powell, OH 43065');
  await expect(locations.getByRole('row', { name: /Powell/ })).toContainText('(614) 555-0120');
  await expect(
    locations
      .getByRole('row', { name: /Old Office/ })
      .getByRole('cell')
      .last(),
  ).toHaveText('No');
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'accounts-account');

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1024, height: 700 });
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'accounts-account-dark-1024');
});

test('an account that does not exist says so plainly', async ({ page, desk }) => {
  await page.goto(`${desk.url}#/accounts/nobody-here`);
  await expect(page.getByRole('alert')).toContainText('nobody-here');
  await expect(page.getByRole('heading', { level: 1, name: 'Account nobody-here' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('offline, the list keeps showing the rows kept on disk with a plain note, and recovers', async ({
  page,
  desk,
}) => {
  const o = desk.sandboxOrigin;
  await createSandboxPractice(o, completePractice('sunrise-01', 'Sunrise Family Care'));
  await createSandboxPractice(o, oakPediatrics);
  await page.goto(desk.url);
  const rows = page.getByTestId('account-row');
  await expect(rows).toHaveCount(2);

  await setFaults(o, [{ kind: 'drop' }]);
  await page.getByRole('button', { name: 'Refresh' }).click();
  const note = page.getByTestId('accounts-offline-note');
  await expect(note).toContainText('Updox can’t be reached, so this is the list as of');
  await expect(note).toContainText('kept on this computer');
  await expect(rows.locator('[aria-colindex="1"]')).toHaveText(['Oak Pediatrics', 'Sunrise Family Care']);
  await expect(page.getByTestId('connection')).toHaveText(/unreachable/i);
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'accounts-offline');

  // The account page falls back to the same copy.
  await rows.first().click();
  await expect(page.getByTestId('account-offline-note')).toContainText('this is the record as of');
  await expect(page.getByTestId('account-record')).toContainText('Powell');

  // A fresh start while Updox is still unreachable reads the copy from disk.
  await desk.stop();
  const { startDeskHost } = await import('./support/desk-host');
  const again = await startDeskHost({ dataDir: desk.dataDir });
  try {
    await setFaults(again.sandboxOrigin, [{ kind: 'drop' }]);
    await page.goto(again.url);
    await expect(page.getByTestId('accounts-offline-note')).toBeVisible();
    await expect(rows).toHaveCount(2);
    await setFaults(again.sandboxOrigin, []);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByTestId('accounts-offline-note')).toHaveCount(0);
    await expect(rows).toHaveCount(2);
  } finally {
    await again.stop();
  }
});
