import { test, expect, expectNoSeriousA11yViolations, shoot } from './support/fixtures';
import { saveCreateDraft } from './accounts-support';
import { completePractice, createSandboxPractice } from '../unit/accounts/sandbox-practices';

test("gaps that are all the partner's say so, with the way to Business details", async ({ page, desk }) => {
  // No partner details saved: every account lacks the four partner contact details.
  const o = desk.sandboxOrigin;
  await createSandboxPractice(o, completePractice('sunrise-01', 'Sunrise Family Care'));
  await createSandboxPractice(o, { ...completePractice('pine-dental', 'Pine Dental'), postal: '' });

  await page.goto(desk.url);
  const grid = page.getByRole('grid', { name: 'Accounts' });
  const sms = (name: string) =>
    grid.getByRole('row', { name: new RegExp(name) }).locator('[aria-colindex="5"]');
  await expect(sms('Sunrise Family Care')).toHaveText('Incomplete (4)· partner details');
  await expect(sms('Sunrise Family Care').locator('.badge')).toHaveClass(/badge--amber/);
  // Pine Dental lacks its own ZIP code too: not only the partner's.
  await expect(sms('Pine Dental')).toHaveText('Incomplete (5)');
  await expect(sms('Pine Dental').locator('.badge')).toHaveClass(/badge--amber/);
  const note = page.getByTestId('partner-gaps-note');
  await expect(note).toContainText(
    '4 gaps in every account’s SMS business details are in the partner’s details',
  );
  await expect(note.getByRole('link', { name: 'Business details' })).toHaveAttribute('href', '#/business');
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'accounts-partner-gaps');
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, 'accounts-partner-gaps-1024-dark');
});

test('the drafts banner puts each Resume link (then its Discard) before Not now in Tab order', async ({
  page,
  desk,
}) => {
  await saveCreateDraft(desk, 'draft-aspen', { accountId: 'aspen-uc', name: 'Aspen Urgent Care' });
  await saveCreateDraft(desk, 'draft-birch', { accountId: 'birch-fm', name: 'Birch Family Medicine' });
  await page.goto(desk.url);
  const banner = page.getByRole('complementary', { name: 'You have 2 unfinished drafts' });
  await expect(banner.getByRole('link')).toHaveCount(2);
  const resume = banner.getByRole('link').first();
  await resume.focus();
  await page.keyboard.press('Tab');
  await expect(banner.getByRole('button', { name: /^Discard / }).first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(banner.getByRole('link').nth(1)).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(banner.getByRole('button', { name: 'Not now' })).toBeFocused();
  // Nothing of the banner comes before the first Resume link.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Tab');
  await expect(resume).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(banner.locator(':focus')).toHaveCount(0);
  await banner.getByRole('button', { name: 'Not now' }).click();
  await expect(banner).toHaveCount(0);
});
