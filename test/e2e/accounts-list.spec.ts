import { test, expect, expectNoSeriousA11yViolations, shoot } from './support/fixtures';
import { rpc, saveCreateDraft } from './accounts-support';
import {
  completePartner,
  completePractice,
  createSandboxPractice,
  oakPediatrics,
} from '../unit/accounts/sandbox-practices';

test('the list shows sandbox practices with their details and drafts, searches, filters and passes axe', async ({
  page,
  desk,
}) => {
  const o = desk.sandboxOrigin;
  await rpc(desk, 'business.savePartner', { details: completePartner });
  await createSandboxPractice(o, completePractice('sunrise-01', 'Sunrise Family Care'));
  await createSandboxPractice(o, { ...completePractice('bayside', 'Bayside Clinic'), active: false });
  await createSandboxPractice(o, completePractice('maple-st', 'Maple Street Medical'));
  await createSandboxPractice(o, oakPediatrics);
  await createSandboxPractice(o, { ...completePractice('pine-dental', 'Pine Dental'), postal: '' });
  await saveCreateDraft(desk, 'draft-aspen', {
    accountId: 'aspen-uc',
    name: 'Aspen Urgent Care',
    city: 'Denver',
    state: 'CO',
  });

  await page.goto(desk.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeFocused();
  const banner = page.getByRole('complementary', { name: 'You have 1 unfinished draft' });
  await expect(banner.getByRole('link', { name: 'Resume Aspen Urgent Care' })).toHaveAttribute(
    'href',
    '#/new/draft-aspen',
  );
  await expect(page.getByRole('link', { name: 'New practice' }).last()).toHaveAttribute('href', '#/new');

  const grid = page.getByRole('grid', { name: 'Accounts' });
  await expect(grid).toHaveAttribute('aria-rowcount', '7');
  const rows = grid.getByTestId('account-row');
  await expect(rows.locator('[aria-colindex="1"]')).toHaveText([
    'Aspen Urgent Care',
    'Bayside Clinic',
    'Maple Street Medical',
    'Oak Pediatrics',
    'Pine Dental',
    'Sunrise Family Care',
  ]);
  const cells = (name: string) => grid.getByRole('row', { name: new RegExp(name) }).getByRole('gridcell');
  await expect(cells('Oak Pediatrics')).toHaveText([
    'Oak Pediatrics',
    'oak-2',
    'Powell, OH',
    'Inactive',
    'Incomplete (2)',
    'Synced',
    'Created',
  ]);
  await expect(cells('Sunrise Family Care')).toHaveText([
    'Sunrise Family Care',
    'sunrise-01',
    'Dublin, OH',
    'Active',
    'Complete',
    'Synced',
    'Details complete',
  ]);
  await expect(cells('Pine Dental').nth(4)).toHaveText('Incomplete (1)');
  await expect(cells('Aspen Urgent Care')).toHaveText([
    'Aspen Urgent Care',
    'aspen-uc',
    'Denver, CO',
    /Not in Updox yet/,
    /Not in Updox yet/,
    'Draft',
    /Not in Updox yet/,
  ]);
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'accounts-list');

  const search = page.getByLabel('Search by name or account ID');
  await search.fill('PINE');
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId('accounts-count')).toHaveText('Showing 1 of 6 accounts');
  await search.fill('sunrise-0');
  await expect(rows.locator('[aria-colindex="1"]')).toHaveText(['Sunrise Family Care']);
  await search.fill('');

  const show = page.getByLabel('Show');
  await show.selectOption({ label: 'Inactive' });
  await expect(rows.locator('[aria-colindex="1"]')).toHaveText(['Bayside Clinic', 'Oak Pediatrics']);
  await show.selectOption({ label: 'SMS business details incomplete' });
  await expect(rows.locator('[aria-colindex="1"]')).toHaveText(['Oak Pediatrics', 'Pine Dental']);
  await show.selectOption({ label: 'Draft' });
  await expect(rows.locator('[aria-colindex="1"]')).toHaveText(['Aspen Urgent Care']);
  await search.fill('no such practice');
  await expect(page.getByText('No accounts match.')).toBeVisible();
  await search.fill('');
  await show.selectOption({ label: 'All' });

  // Keyboard alone: Tab reaches the first row, arrows move, Enter opens the account.
  await show.focus();
  await page.keyboard.press('Tab');
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(grid.getByRole('row', { name: /Bayside Clinic/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/accounts\/bayside$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Bayside Clinic' })).toBeVisible();

  // The draft row resumes the draft.
  await page.goBack();
  await grid.getByRole('link', { name: 'Aspen Urgent Care' }).click();
  await expect(page).toHaveURL(/#\/new\/draft-aspen$/);
});

test('the list in the dark theme and at 1024x700', async ({ page, desk }) => {
  const o = desk.sandboxOrigin;
  await createSandboxPractice(o, completePractice('sunrise-01', 'Sunrise Family Care'));
  await createSandboxPractice(o, oakPediatrics);
  await createSandboxPractice(o, completePractice('maple-st', 'Maple Street Medical'));
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(desk.url);
  await expect(page.getByTestId('account-row')).toHaveCount(3);
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'accounts-list-dark-1024');
});

test('a long list renders only the rows in view and every row stays reachable by keyboard', async ({
  page,
}) => {
  const { newDataDir, startDeskHost } = await import('./support/desk-host');
  const { seedSandboxState } = await import('../../bench/accounts/seed-sandbox-state');
  const dataDir = await newDataDir();
  await seedSandboxState(dataDir, 1_000);
  const host = await startDeskHost({ dataDir });
  try {
    await page.goto(host.url);
    const grid = page.getByRole('grid', { name: 'Accounts' });
    await expect(grid).toHaveAttribute('aria-rowcount', '1001');
    const rows = grid.getByTestId('account-row');
    expect(await rows.count()).toBeLessThan(40);

    await page.getByLabel('Show').focus();
    await page.keyboard.press('Tab');
    await expect(rows.first()).toBeFocused();
    await expect(rows.first()).toHaveAttribute('aria-rowindex', '2');
    await page.keyboard.press('End');
    await expect(grid.locator('[role="row"]:focus')).toHaveAttribute('aria-rowindex', '1001');
    await page.keyboard.press('PageUp');
    const afterPageUp = Number(await grid.locator('[role="row"]:focus').getAttribute('aria-rowindex'));
    expect(afterPageUp).toBeLessThan(1001);
    expect(afterPageUp).toBeGreaterThan(980);
    await page.keyboard.press('Home');
    await expect(grid.locator('[role="row"]:focus')).toHaveAttribute('aria-rowindex', '2');

    await page.getByLabel('Search by name or account ID').fill('bench-00999');
    await expect(rows).toHaveCount(1);
    await expect(page.getByTestId('accounts-count')).toHaveText('Showing 1 of 1,000 accounts');
  } finally {
    await host.stop();
  }
});
