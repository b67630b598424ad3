import { test, expect, expectNoSeriousA11yViolations, shootBoth } from './support/fixtures';
import { saveCreateDraft } from './accounts-support';

test('a draft can be discarded from the banner, with Undo; the file goes only after the Undo time', async ({
  page,
  desk,
}) => {
  test.setTimeout(120_000);
  // The page's timers on Playwright's clock: the Undo time (15 s) is run at once below instead of waited for.
  await page.clock.install();
  await saveCreateDraft(desk, 'draft-aspen', { accountId: 'aspen-uc', name: 'Aspen Urgent Care' });
  await saveCreateDraft(desk, 'draft-birch', { accountId: 'birch-fm', name: 'Birch Family Medicine' });
  await page.goto(desk.url);
  const grid = page.getByRole('grid', { name: 'Accounts' });
  const banner = page.getByRole('complementary', { name: /unfinished draft/ });
  await expect(banner).toHaveAccessibleName('You have 2 unfinished drafts');

  await banner.getByRole('button', { name: 'Discard Aspen Urgent Care' }).click();
  const undoNote = page.getByTestId('discarded-drafts');
  await expect(undoNote).toContainText('Draft “Aspen Urgent Care” discarded.');
  await expect(banner).toHaveAccessibleName('You have 1 unfinished draft');
  await expect(grid.getByRole('row', { name: /Aspen Urgent Care/ })).toHaveCount(0);

  // Undo brings it back, and nothing was deleted.
  await undoNote.getByRole('button', { name: 'Undo' }).click();
  await expect(banner).toHaveAccessibleName('You have 2 unfinished drafts');
  await expect(grid.getByRole('row', { name: /Aspen Urgent Care/ })).toHaveCount(1);

  // Without Undo, the draft is gone for good once the Undo time has passed (and after a reload).
  await banner.getByRole('button', { name: 'Discard Birch Family Medicine' }).click();
  await expect(undoNote).toContainText('Birch Family Medicine');
  await expectNoSeriousA11yViolations(page);
  await shootBoth(page, 'accounts-draft-discarded');
  await page.clock.runFor(16_000);
  await expect(undoNote).toBeEmpty();
  await page.reload();
  await expect(banner).toHaveAccessibleName('You have 1 unfinished draft');
  await expect(grid.getByRole('row', { name: /Birch Family Medicine/ })).toHaveCount(0);
  await expect(grid.getByRole('row', { name: /Aspen Urgent Care/ })).toHaveCount(1);
});

test('the sidebar’s New practice offers to resume the unfinished one instead of hiding it', async ({
  page,
  desk,
}) => {
  test.setTimeout(120_000);
  // The page's timers on Playwright's clock: the Undo time (15 s) is run at once below instead of waited for.
  await page.clock.install();
  await saveCreateDraft(desk, 'draft-aspen', { accountId: 'aspen-uc', name: 'Aspen Urgent Care' }, 2);
  await page.goto(desk.url);
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'New practice' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'New practice' })).toBeVisible();
  const offer = page.getByTestId('resume-offer');
  await expect(offer).toContainText('You have an unfinished new practice, Aspen Urgent Care, saved');
  await expect(page.getByLabel('Practice name')).toHaveValue('');
  await expectNoSeriousA11yViolations(page);
  await shootBoth(page, 'wizard-resume-offer');
  await offer.getByRole('link', { name: 'Resume Aspen Urgent Care' }).click();
  await expect(page).toHaveURL(/#\/new\/draft-aspen$/);
  await expect(page.getByRole('heading', { level: 2, name: /Step 2 of 7/ })).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel('Practice name')).toHaveValue('Aspen Urgent Care');
  await expect(offer).toHaveCount(0);
});
