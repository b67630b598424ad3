import { test, expect, shoot } from './support/fixtures';
import { callUpdox, setFaults } from '../support/sandbox-api';
import { fillValidPractice } from './wizard-support';

test('offline: the submission is queued, counted in the top bar, and delivered once when Updox is back', async ({
  page,
  desk,
}) => {
  await page.goto(`${desk.url}#/new`);
  await fillValidPractice(page, 'offline-e2e', 'Offline Clinic');
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(page.getByTestId('review-name')).toHaveText('Offline Clinic');
  await setFaults(desk.sandboxOrigin, [{ kind: 'drop' }]);
  await page.getByRole('button', { name: 'Create practice' }).click();
  await expect(page.getByTestId('submission')).toHaveAttribute('data-state', 'queued');
  await expect(page.getByTestId('draft-state')).toHaveText('Queued');
  await expect(page.getByTestId('connection')).toContainText('1 queued');
  await expect(page.getByTestId('submission-headline')).toHaveText(/^Queued for Sandbox:/);
  await shoot(page, 'wizard-queued');
  // On Accounts the queued practice is a Queued row, not an "unfinished draft" to resume.
  await page.getByRole('link', { name: 'Accounts' }).click();
  await expect(page.getByTestId('account-row').filter({ hasText: 'Offline Clinic' })).toContainText('Queued');
  await expect(page.getByRole('complementary', { name: /unfinished draft/ })).toHaveCount(0);
  await page.goBack();
  await setFaults(desk.sandboxOrigin, []);
  await expect(page.getByTestId('submission')).toHaveAttribute('data-state', 'synced', { timeout: 20_000 });
  await expect(page.getByTestId('draft-state')).toHaveText('Synced');
  const list = await callUpdox(desk.sandboxOrigin, 'PracticeList');
  const practices = (list.practiceList ?? []) as { accountId: string }[];
  expect(practices.filter((p) => p.accountId === 'offline-e2e')).toHaveLength(1);
  expect(practices).toHaveLength(1);
});
