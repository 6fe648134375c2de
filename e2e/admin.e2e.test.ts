/**
 * Functioneel beheer in a real browser: the house settings (issue 2: "editable in the app"), the
 * privacy protocols and a user's governance memberships. Each page is axe-checked and saved as a
 * screenshot; a change made in the browser is read back through the API.
 */
import { describe, expect, it } from 'vitest';
import { appInBrowser, expectNoAxeViolations, screenshot } from './support/browser.js';

describe('functioneel beheer pages, in Chromium', () => {
  const app = appInBrowser();

  it('edits the triage day in the house settings, and shows the protocols and memberships', async () => {
    const { context, page, problems } = await app.login('beheer');

    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Huisinstellingen' })
      .click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Huisinstellingen');
    await expectNoAxeViolations(page, 'huisinstellingen');
    await screenshot(page, 'nl-huisinstellingen');
    await page.getByLabel('Dag van de triage').selectOption('wednesday');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expect.poll(() => page.getByText('De instellingen zijn opgeslagen.').count()).toBeGreaterThan(0);
    const house = (await page.evaluate(async () => (await fetch('/api/v1/house')).json())) as {
      triage: { weekday: string };
    };
    expect(house.triage.weekday).toBe('wednesday');

    await page.getByRole('link', { name: 'Privacyprotocollen beheren' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Privacyprotocollen');
    await expect.poll(() => page.getByLabel('Bewaartermijn in maanden').count()).toBe(3);
    await expectNoAxeViolations(page, 'privacyprotocollen');
    await screenshot(page, 'nl-privacyprotocollen');

    const users = (await page.evaluate(async () => (await fetch('/api/v1/users?q=secretaris')).json())) as {
      items: { id: string }[];
    };
    await page.goto(`${app.server.baseUrl}/beheer/gebruikers/${users.items[0]?.id}`);
    await expect.poll(() => page.getByRole('heading', { name: 'Lidmaatschappen' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'gebruiker-lidmaatschappen');
    await screenshot(page, 'nl-gebruiker-lidmaatschappen');

    await problems.collect();
    expect(problems.list).toEqual([]);
    await context.close();
  });
});
