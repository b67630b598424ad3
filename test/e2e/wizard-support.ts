import type { Page } from '@playwright/test';
import { expect } from './support/fixtures';

/** Types a whole valid practice through steps 1 to 6 (stops on step 6, users filled). */
export const fillValidPractice = async (page: Page, accountId: string, name = 'Sunrise Pediatrics') => {
  await page.getByLabel('Practice name').fill(name);
  await page.getByLabel('Account ID').fill(accountId);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Address line 1').fill('12 Main St');
  await page.getByLabel('City').fill('Dublin');
  await page.getByLabel('State').selectOption('OH');
  await page.getByLabel('ZIP code').fill('43017-1234');
  await page.getByLabel('Phone').fill('(406) 555-0120');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Time zone').selectOption('America/New_York');
  await page.getByLabel('Portal web address').fill(`${accountId}-portal`);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Website URL', { exact: true }).fill('https://sunrise.example.com');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: /Step 5 of 7/ })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('First name').fill('Jane');
  await page.getByLabel('Last name').fill('Smith');
  await page.getByLabel('User ID').fill('jsmith');
  await page.getByLabel('Login ID').fill('jsmith');
  await page.getByLabel('Password').fill('Sunrise-2024');
};
