import { expect, type Page } from '@playwright/test';

/** On Settings: switches to Production the way a person does, confirming the dialog that names it. */
export const switchToProductionInSettings = async (page: Page) => {
  await page.getByTestId('env-production').getByRole('radio').click();
  await page
    .getByRole('alertdialog', { name: 'Switch to Production?' })
    .getByRole('button', { name: 'Switch to Production' })
    .click();
  await expect(page.getByTestId('environment-badge')).toHaveText(/Production/);
};
