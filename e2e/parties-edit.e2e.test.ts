/**
 * A party's page in a real browser: functioneel beheer changes name and domain (PATCH with
 * If-Match) and is told when someone else saved first (412), with the current version one click
 * away; a professional sees the same party read-only. Dutch and English, axe-checked, screenshots.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, screenshot, trackProblems } from './support/browser.js';
import { type RunningServer, startServer } from './support/server.js';

const PASSWORD = 'demo haaglanden lentebloesem';
const PARTY = 'Veilig Thuis';

interface Party {
  id: string;
  name: string;
  domain: string;
  status: string;
  permissions: string[];
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const focusedText = (page: Page) =>
  page.evaluate(
    () =>
      (globalThis as unknown as { document: { activeElement: { textContent: string | null } | null } })
        .document.activeElement?.textContent,
  );

async function logIn(page: Page, base: string, email: string, language: 'nl' | 'en') {
  const words =
    language === 'nl'
      ? { email: 'E-mailadres', password: 'Wachtwoord', submit: 'Inloggen', home: 'Overzicht' }
      : { email: 'Email address', password: 'Password', submit: 'Log in', home: 'Overview' };
  await page.goto(`${base}/inloggen`);
  await page.getByLabel(words.email).fill(email);
  await page.getByLabel(words.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: words.submit }).click();
  await expect.poll(() => h1(page)).toBe(words.home);
}

const partyById = (page: Page, id: string) =>
  page.evaluate(async (p) => (await fetch(`/api/v1/parties/${p}`)).json(), id) as Promise<Party>;

/** Another administrator's change, made behind the page's back: the page's ETag is now stale. */
function patchBehindTheBack(page: Page, id: string, body: Record<string, unknown>): Promise<number> {
  return page.evaluate(
    async ({ id, body }) => {
      const session = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
      const current = await fetch(`/api/v1/parties/${id}`);
      const response = await fetch(`/api/v1/parties/${id}`, {
        method: 'PATCH',
        headers: {
          'Content-Type': 'application/json',
          'X-CSRF-Token': session.csrfToken,
          'If-Match': current.headers.get('ETag') ?? '',
        },
        body: JSON.stringify(body),
      });
      return response.status;
    },
    { id, body },
  );
}

describe('party pages, in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets functioneel beheer change a party, and handles a stale save (nl)', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    const problems = await trackProblems(page);
    await logIn(page, server.baseUrl, 'beheer@demo.ketenhuis.example', 'nl');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Partijen' }).click();
    await page
      .getByRole('table', { name: 'Partijen van het Zorg- en Veiligheidshuis' })
      .getByRole('link', { name: PARTY })
      .click();
    await expect.poll(() => h1(page)).toBe(`Partij: ${PARTY}`);
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect((await partyById(page, id)).permissions).toEqual(['update']);
    await page.getByRole('heading', { name: 'Wijzigen' }).waitFor();
    await expectNoAxeViolations(page, 'partij-beheer');
    await screenshot(page, 'nl-partij-beheer');

    // A name of one character is explained before sending.
    await page.getByLabel('Naam', { exact: true }).fill('V');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    const summary = page.locator('.ketenhuis-error-summary');
    await summary.getByRole('link', { name: 'De naam moet 2 tot 200 tekens lang zijn.' }).waitFor();
    expect(await page.getByLabel('Naam', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'partij-fout');
    await screenshot(page, 'nl-partij-fout');

    await page.getByLabel('Naam', { exact: true }).fill('Veilig Thuis Haaglanden');
    await page.getByLabel('Domein').selectOption({ label: 'Gemeentelijk' });
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' }).waitFor();
    await expect.poll(() => h1(page)).toBe('Partij: Veilig Thuis Haaglanden');
    expect(await focusedText(page)).toBe('Wijzigingen opslaan');
    expect(await partyById(page, id)).toMatchObject({ name: 'Veilig Thuis Haaglanden', domain: 'municipal' });

    // Nothing changed: nothing is sent.
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Er was niets gewijzigd.' }).waitFor();

    // Someone else saves in between: the page says so and offers the current version.
    expect(await patchBehindTheBack(page, id, { name: 'Veilig Thuis Haaglanden (ander)' })).toBe(200);
    await page.getByLabel('Domein').selectOption({ label: 'Zorg' });
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await summary
      .getByText('De gegevens zijn intussen door iemand anders gewijzigd. Laad de pagina opnieuw.')
      .waitFor();
    await expectNoAxeViolations(page, 'partij-412');
    await screenshot(page, 'nl-partij-412');
    await page.getByRole('button', { name: 'Gegevens opnieuw laden (uw wijzigingen vervallen)' }).click();
    await expect.poll(() => h1(page)).toBe('Partij: Veilig Thuis Haaglanden (ander)');
    expect(await page.getByLabel('Domein').inputValue()).toBe('municipal');
    expect((await partyById(page, id)).domain).toBe('municipal');

    // The list shows the new name.
    await page.getByRole('link', { name: 'Terug naar de partijen' }).click();
    await page.getByRole('link', { name: 'Veilig Thuis Haaglanden (ander)' }).waitFor();

    // Chromium logs the one expected 412 as a failed resource load; anything else is a defect.
    await problems.collect();
    const expected = (line: string) =>
      line.includes('status of 412') && line.includes(`/api/v1/parties/${id}`);
    expect(problems.list.filter(expected)).toHaveLength(1);
    expect(problems.list.filter((line) => !expected(line))).toEqual([]);
    await context.close();
  });

  it('shows a party read-only to a professional, in Dutch and in English', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    const problems = await trackProblems(page);
    await logIn(page, server.baseUrl, 'politie@demo.ketenhuis.example', 'nl');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Partijen' }).click();
    await page.getByRole('link', { name: 'Openbaar Ministerie' }).click();
    await expect.poll(() => h1(page)).toBe('Partij: Openbaar Ministerie');
    await page.getByText('Alleen functioneel beheer kan de gegevens van een partij wijzigen.').waitFor();
    expect(await page.getByRole('button', { name: 'Wijzigingen opslaan' }).count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect((await partyById(page, id)).permissions).toEqual([]);
    await expectNoAxeViolations(page, 'partij-alleen-lezen');
    await screenshot(page, 'nl-partij-alleen-lezen');

    await page.getByRole('group', { name: 'Taal kiezen' }).getByRole('button', { name: 'English' }).click();
    await expect.poll(() => h1(page)).toBe('Party: Openbaar Ministerie');
    await page.getByText("Only application administrators can change a party's details.").waitFor();
    await expectNoAxeViolations(page, 'party read-only (en)');
    await screenshot(page, 'en-partij-alleen-lezen');

    await problems.collect();
    expect(problems.list).toEqual([]);
    await context.close();
  });

  it('shows the edit form to functioneel beheer in English', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.addInitScript(() =>
      (
        globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
      ).localStorage.setItem('ketenhuis.language', 'en'),
    );
    const problems = await trackProblems(page);
    await logIn(page, server.baseUrl, 'beheer@demo.ketenhuis.example', 'en');

    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Parties' }).click();
    await page.getByRole('link', { name: 'GGD Haaglanden' }).click();
    await expect.poll(() => h1(page)).toBe('Party: GGD Haaglanden');
    await page.getByLabel('Name', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page
      .locator('.ketenhuis-error-summary')
      .getByRole('link', { name: "Enter the party's name." })
      .waitFor();
    await expectNoAxeViolations(page, 'party edit (en)');
    await screenshot(page, 'en-partij-beheer-fout');

    await problems.collect();
    expect(problems.list).toEqual([]);
    await context.close();
  });
});
