import { stageLabels, pipelineStages } from '../../src/shared/domain/pipeline-stage';
import { rpc } from './accounts-support';
import { test, expect, expectNoSeriousA11yViolations, shootBoth } from './support/fixtures';
import type { DeskHost } from './support/desk-host';
import { countsFromSandbox, seedPipeline, seeded } from '../unit/pipeline/pipeline-seed';

/** The seed through the web host's own calls, as the screens would make them. */
const seed = (desk: DeskHost) =>
  seedPipeline(desk.sandboxOrigin, {
    savePartner: async (details) => void (await rpc(desk, 'business.savePartner', { details })),
    listAccounts: async () => void (await rpc(desk, 'accounts.list')),
    sendText: async (accountId, locationId) =>
      void (await rpc(desk, 'sms.send', {
        accountId,
        locationId,
        to: '(614) 555-0199',
        message: 'Welcome',
        secure: false,
        environmentId: 'sandbox',
      })),
  });

test('the funnel counts what the sandbox holds, each bar filters the list, stuck practices are flagged', async ({
  page,
  desk,
}) => {
  test.setTimeout(90_000);
  await seed(desk);
  await page.goto(desk.url);
  const funnel = page.getByRole('region', { name: 'Onboarding pipeline' });
  await expect(funnel).toBeVisible();
  await funnel.getByRole('button', { name: 'Check all' }).click();
  await expect(funnel.getByRole('status').first()).toContainText('Checked 8 practices');

  const expected = await countsFromSandbox(desk.sandboxOrigin);
  for (const stage of pipelineStages) {
    const bar = funnel.getByTestId(`pipeline-bar-${stage}`);
    await expect(bar.locator('.pipeline__count')).toHaveText(String(expected[stage]));
    await expect(bar).toHaveAccessibleName(new RegExp(`^${stageLabels[stage]}: ${expected[stage]} practice`));
  }
  // One practice waits beyond 3 business days (Number requested), three are incomplete beyond a week.
  await expect(funnel.getByTestId('pipeline-bar-requested')).toHaveAccessibleName(
    'Number requested: 2 practices, 1 stuck',
  );
  await expect(funnel.getByTestId('pipeline-bar-stuck')).toHaveText('Stuck: 4 practices');
  await expectNoSeriousA11yViolations(page);
  await shootBoth(page, 'pipeline-funnel');

  const grid = page.getByRole('grid', { name: 'Accounts' });
  const rows = grid.getByTestId('account-row');
  await funnel.getByTestId('pipeline-bar-requested').click();
  await expect(funnel.getByTestId('pipeline-bar-requested')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('accounts-count')).toHaveText('Showing 2 of 8 accounts');
  await expect(rows).toHaveCount(2);
  await expect(grid.getByRole('row', { name: /Elm Street Clinic/ })).toBeVisible();
  const fir = grid.getByRole('row', { name: /Fir Valley Health/ });
  await expect(fir.getByTestId('stuck-flag')).toContainText('SMS Pending for');
  await expect(grid.getByRole('row', { name: /Elm Street Clinic/ }).getByTestId('stuck-flag')).toHaveCount(0);
  await shootBoth(page, 'pipeline-filtered');

  await funnel.getByTestId('pipeline-bar-stuck').click();
  await expect(rows).toHaveCount(4);
  await funnel.getByRole('button', { name: 'Show every stage' }).click();
  await expect(rows).toHaveCount(8);

  // The chart's equivalent as a table, whose stage buttons filter too.
  await funnel.getByRole('button', { name: 'Show as table' }).click();
  const table = funnel.getByRole('table', { name: 'Onboarding pipeline: practices by stage' });
  await expect(table.getByRole('row')).toHaveCount(1 + pipelineStages.length);
  await expect(table.getByRole('row', { name: /^First text sent/ })).toContainText(`${expected.texted}`);
  await expect(
    table
      .getByRole('row', { name: /^Account created/ })
      .getByRole('cell')
      .last(),
  ).toHaveText('8');
  await table.getByRole('button', { name: 'SMS Approved' }).click();
  await expect(rows).toHaveCount(expected.approved!);
  await expectNoSeriousA11yViolations(page);
  await shootBoth(page, 'pipeline-table');
});

test("a practice's page shows its own timeline with dates, and why it is stuck", async ({ page, desk }) => {
  test.setTimeout(90_000);
  await seed(desk);
  await page.goto(`${desk.url}#/accounts/${seeded.stuckPending}`);
  const panel = page.getByRole('region', { name: /Onboarding stage/ });
  await expect(panel).toBeVisible();
  // Before Check all: the number was requested straight through Updox, which the app has not asked about.
  await expect(panel.getByTestId('account-timeline')).toContainText('not known yet');
  await rpc(desk, 'pipeline.checkAll');
  await expect(panel.getByRole('heading')).toHaveText('Onboarding stage: Number requested', {
    timeout: 20_000,
  });
  const timeline = panel.getByTestId('account-timeline').getByRole('listitem');
  await expect(timeline).toHaveCount(7);
  await expect(timeline.nth(0)).toContainText(/Account created: since \w+/);
  await expect(timeline.nth(4)).toContainText(/Number requested: since \w+/);
  await expect(timeline.nth(5)).toContainText('SMS Approved: not yet');
  await expect(panel.getByTestId('account-stuck')).toContainText('SMS Pending for');
  await expectNoSeriousA11yViolations(page);
  await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shootBoth(page, 'pipeline-account-timeline');
});
