import { test, expect, shootBoth } from './support/fixtures';
import { createPractice, setFaults } from '../support/sandbox-api';
import { rpc } from './accounts-support';
import {
  accountIdsIn,
  addSandboxEnvironment,
  startStandaloneSandbox,
  type StandaloneSandbox,
} from './environment-support';
import { fillValidPractice } from './wizard-support';

let a: StandaloneSandbox;
let b: StandaloneSandbox;

test.beforeAll(async () => {
  [a, b] = await Promise.all([startStandaloneSandbox(), startStandaloneSandbox()]);
});
test.afterAll(async () => {
  await Promise.all([a.stop(), b.stop()]);
});

test('what is made in A stays in A: in B it is only counted, B receives nothing, and the queue reaches A only', async ({
  page,
  desk,
}) => {
  test.setTimeout(120_000);
  const idA = await addSandboxEnvironment(desk, 'Clinic A', a);
  const idB = await addSandboxEnvironment(desk, 'Clinic B', b);
  await createPractice(a.origin, { accountId: 'sunrise-a', name: 'Sunrise Pediatrics', active: true });
  await rpc(desk, 'environments.select', { id: idA });

  // In A: a new practice left as a draft, typed in the wizard.
  await page.goto(`${desk.url}#/new`);
  await expect(page.getByTestId('draft-environment')).toHaveText('In Clinic A');
  await page.getByLabel('Practice name').fill('Lakeview Family');
  await page.getByLabel('Account ID').fill('lakeview-a');
  await expect(page.getByTestId('autosave')).toContainText('Saved');

  // In A: an edit of Sunrise, left as a draft.
  await page.goto(`${desk.url}#/edit/sunrise-a`);
  await page.getByRole('button', { name: /Address and contact/ }).click();
  await page.getByLabel('Phone').fill('(614) 555-0120');
  await expect(page.getByTestId('autosave')).toContainText('Saved');

  // In A: a submission queued while A cannot be reached.
  await page.goto(`${desk.url}#/new`);
  await fillValidPractice(page, 'queued-a', 'Queued Clinic');
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await setFaults(a.origin, [{ kind: 'drop' }]);
  await page.getByRole('button', { name: 'Create practice' }).click();
  await expect(page.getByTestId('submission')).toHaveAttribute('data-state', 'queued');
  const draftUrl = page.url();

  // Switch to B in Settings: the open wizard closes to its draft.
  await page.goto(`${desk.url}#/settings`);
  await page.getByTestId(`env-${idB}`).getByRole('radio').check();
  await expect(page.getByTestId('environment-badge')).toHaveText(/Clinic B/);
  await expect(page).toHaveTitle(/Clinic B/);

  // In B: none of A's items is listed; they are counted as in A, with a way to switch there.
  await page.goto(`${desk.url}#/accounts`);
  const note = page.getByTestId('elsewhere-note');
  await expect(note).toContainText('2 drafts and 1 queued submission in Clinic A');
  await expect(note.getByRole('button', { name: 'Switch to Clinic A' })).toBeVisible();
  await expect(page.getByTestId('accounts-count')).toHaveText('0 accounts in Clinic B');
  await expect(page.getByText('Lakeview Family')).toHaveCount(0);
  await expect(page.getByText('Queued Clinic')).toHaveCount(0);
  await expect(page.getByTestId('connection')).not.toContainText('queued');
  await shootBoth(page, 'env-elsewhere-counts');

  // Nothing of A can be resumed from B: its draft's address says whose it is.
  await page.goto(draftUrl);
  await expect(page.getByText(/belongs to Clinic A, but Clinic B is active/)).toBeVisible();
  const edit = (await rpc(desk, 'onboarding.listDrafts')) as { drafts: unknown[] };
  expect(edit.drafts).toEqual([]);

  // A is reachable again while B is active: the queue sends A's item to A, never to B.
  await setFaults(a.origin, []);
  await expect.poll(() => accountIdsIn(a), { timeout: 20_000 }).toContain('queued-a');
  expect(await accountIdsIn(b)).toEqual([]);

  // Back in A (from the note): everything is there.
  await page.goto(`${desk.url}#/accounts`);
  await page.getByTestId('elsewhere-note').getByRole('button', { name: 'Switch to Clinic A' }).click();
  await expect(page.getByTestId('environment-badge')).toHaveText(/Clinic A/);
  await expect(page.getByRole('gridcell', { name: /Lakeview Family/ })).toBeVisible();
  await expect(page.getByRole('gridcell', { name: /Queued Clinic/ })).toBeVisible();
  await expect(page.getByTestId('elsewhere-note')).toHaveCount(0);
  expect((await accountIdsIn(a)).sort()).toEqual(['queued-a', 'sunrise-a']);
  expect(await accountIdsIn(b)).toEqual([]);
});
