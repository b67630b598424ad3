import { test, expect } from './support/fixtures';
import { callUpdoxOk, createPractice, syncLocations } from '../support/sandbox-api';

test('a freshly opened edit of a valid record marks its steps done from the values', async ({
  page,
  desk,
}) => {
  const o = desk.sandboxOrigin;
  await createPractice(o, {
    accountId: 'marks-e2e',
    name: 'Marks Clinic',
    address1: '1 Elm St',
    city: 'Dublin',
    state: 'OH',
    postal: '43017',
    phone: '4065550120',
    timeZone: 'America/Chicago',
    websiteUrl: 'https://marks.example.com',
    active: true,
  });
  await syncLocations(o, 'marks-e2e', [
    { id: 'loc-1', code: 'MAIN', name: 'Main office', address1: '1 Elm St', city: 'Dublin', state: 'OH' },
  ]);
  await callUpdoxOk(
    o,
    'UserSave',
    { userId: 'olga', loginId: 'olga', firstName: 'Olga', lastName: 'Oak', loginPassword: 'Sunrise-2024' },
    'marks-e2e',
  );
  const marks = page.locator('.wizard__steps li');
  const expected = ['current', 'done', 'done', 'done', 'done', 'done', 'todo'];

  await page.goto(`${desk.url}#/edit/marks-e2e`);
  await expect(page.getByRole('heading', { name: 'Edit Marks Clinic' })).toBeVisible();
  await expect(marks).toHaveCount(7);
  for (const [i, state] of expected.entries())
    await expect(marks.nth(i)).toHaveAttribute('data-state', state);
  await expect(page.getByTestId('step-2')).toContainText('(done)');
  await expect(page.getByTestId('step-7')).toContainText('(not started)');

  // Opened again (the update draft exists now): the same marks.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Edit Marks Clinic' })).toBeVisible();
  for (const [i, state] of expected.entries())
    await expect(marks.nth(i)).toHaveAttribute('data-state', state);
});
