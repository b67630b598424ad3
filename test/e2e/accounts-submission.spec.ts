import { test, expect, expectNoSeriousA11yViolations, shoot } from './support/fixtures';
import type { DeskHost } from './support/desk-host';
import { sandboxState, setFaults } from '../support/sandbox-api';
import { GOOD_PASSWORD, validDraft } from '../unit/onboarding/wizard-fixtures';
import { rpc } from './accounts-support';

/** A create whose users step Updox answered in an unexpected form: practice and locations done, users failed. */
const failedSubmission = async (desk: DeskHost, accountId: string) => {
  const data = validDraft(accountId);
  data.users.push({ ...data.users[0]!, key: 'u2', userId: 'bjones', loginId: 'bjones', firstName: 'Bob' });
  await rpc(desk, 'onboarding.saveDraft', {
    id: 'd1',
    kind: 'create',
    accountId,
    data,
    passwords: { u1: GOOD_PASSWORD, u2: GOOD_PASSWORD },
  });
  await setFaults(desk.sandboxOrigin, [{ method: 'UserSave', kind: 'malformed', times: 1 }]);
  const sent = (await rpc(desk, 'onboarding.submit', { id: 'd1' })) as { state: string };
  expect(sent.state).toBe('failed');
  await setFaults(desk.sandboxOrigin, []);
};

const usersOf = async (desk: DeskHost, accountId: string) => {
  const state = (await sandboxState(desk.sandboxOrigin)) as unknown as {
    users: { accountId: string; userId: string }[];
  };
  return state.users.filter((u) => u.accountId === accountId).map((u) => u.userId);
};

test('the account page shows each step of a failed submission and sends only what is left', async ({
  page,
  desk,
}) => {
  await failedSubmission(desk, 'steps-e2e');
  await page.goto(`${desk.url}#/accounts/steps-e2e`);
  const panel = page.getByTestId('account-submission');
  await expect(panel).toHaveAttribute('data-state', 'failed');
  await expect(panel.getByTestId('step-state-practice')).toContainText('Practice: Done');
  await expect(panel.getByTestId('step-state-locations')).toContainText('Locations: Done');
  await expect(panel.getByTestId('step-state-locations')).toContainText('Powell (powell)');
  await expect(panel.getByTestId('step-state-users')).toContainText('Users: Failed');
  await expect(panel.getByTestId('step-state-users')).toContainText('unexpected form');
  await expect(panel.getByTestId('results-users')).toContainText('Refused Jane Smith (jsmith)');
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'accounts-submission-failed');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1024, height: 700 });
  await shoot(page, 'accounts-submission-failed-dark-1024');

  await panel.getByRole('button', { name: 'Send again' }).click();
  await expect(page.getByTestId('account-submission')).toHaveCount(0);
  expect((await usersOf(desk, 'steps-e2e')).sort()).toEqual(['bjones', 'jsmith']);
  const outbox = (await rpc(desk, 'onboarding.listOutbox')) as { items: { status: string }[] };
  expect(outbox.items.map((i) => i.status)).toEqual(['done']);
});

test('Discard says what is lost, can be cancelled, and keeps the draft', async ({ page, desk }) => {
  await failedSubmission(desk, 'discard-e2e');
  await page.goto(`${desk.url}#/accounts/discard-e2e`);
  const panel = page.getByTestId('account-submission');
  await panel.getByRole('button', { name: 'Discard', exact: true }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Discard this submission?' });
  // The safe answer has the first focus.
  await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await expect(confirm).toContainText('The users of Sunrise Pediatrics will not be sent to Updox');
  await expect(confirm).toContainText('What Updox already saved (practice and locations) stays in Updox.');
  await expect(confirm).toContainText('Your draft is kept');
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'accounts-submission-discard');
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(panel).toBeVisible();

  await panel.getByRole('button', { name: 'Discard', exact: true }).click();
  await page.getByRole('button', { name: 'Discard the submission' }).click();
  await expect(page.getByTestId('account-submission')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Resume the draft' })).toHaveAttribute('href', '#/new/d1');
  const outbox = (await rpc(desk, 'onboarding.listOutbox')) as { items: unknown[] };
  expect(outbox.items).toEqual([]);
  expect(await usersOf(desk, 'discard-e2e')).toEqual([]);
});
