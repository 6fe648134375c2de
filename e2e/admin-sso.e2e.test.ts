/**
 * Single sign-on administration in a real browser (functioneel beheer): the empty list, creating a
 * provider for a party (with the checks of an empty form first), the write-only client secret ("is
 * ingesteld", never sent back), replacing it, the relink warning, and a stale save (412) offering
 * the current version. Dutch and English; every state axe-checked and saved as a screenshot.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  appInBrowser,
  DEMO_PASSWORD,
  expectNoAxeViolations,
  screenshot,
  trackProblems,
} from './support/browser.js';

const BEHEER = 'beheer@demo.ketenhuis.example';
const SECRET = 'e2e-geheim-7f3a9c';
const NEW_SECRET = 'e2e-nieuw-geheim-2b8d';

interface Provider {
  id: string;
  name: string;
  clientId: string;
  clientSecretSet: boolean;
  partyId: string | null;
  provision: boolean;
  defaultRoles: string[];
  enabled: boolean;
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const focusedText = (page: Page) =>
  page.evaluate(
    () =>
      (globalThis as unknown as { document: { activeElement: { textContent: string | null } | null } })
        .document.activeElement?.textContent,
  );

async function logIn(page: Page, base: string, language: 'nl' | 'en') {
  const words =
    language === 'nl'
      ? { email: 'E-mailadres', password: 'Wachtwoord', submit: 'Inloggen', home: 'Overzicht' }
      : { email: 'Email address', password: 'Password', submit: 'Log in', home: 'Overview' };
  await page.goto(`${base}/inloggen`);
  await page.getByLabel(words.email).fill(BEHEER);
  await page.getByLabel(words.password, { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: words.submit }).click();
  await expect.poll(() => h1(page)).toBe(words.home);
}

/** The API as the logged-in browser sees it. */
function api<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;
}

/** Another administrator's change, made behind the page's back: the page's ETag is now stale. */
function patchBehindTheBack(page: Page, id: string, body: Record<string, unknown>): Promise<number> {
  return page.evaluate(
    async ({ id, body }) => {
      const session = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
      const current = await fetch(`/api/v1/sso-providers/${id}`);
      const response = await fetch(`/api/v1/sso-providers/${id}`, {
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

describe('single sign-on administration, in Chromium', () => {
  const app = appInBrowser();
  let context: BrowserContext | undefined;
  afterAll(async () => {
    await context?.close();
  });

  it('creates a provider, keeps the secret write-only, replaces it, and handles a stale save (nl)', async () => {
    context = await app.browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    const problems = await trackProblems(page);
    await logIn(page, app.server.baseUrl, 'nl');

    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Single sign-on' })
      .click();
    await expect.poll(() => h1(page)).toBe('Single sign-on');
    await page.getByRole('status').filter({ hasText: '0 koppelingen' }).waitFor();
    await expectNoAxeViolations(page, 'sso-lijst-leeg');
    await screenshot(page, 'nl-sso-lijst-leeg');

    await page.getByRole('link', { name: 'Koppeling toevoegen' }).click();
    await expect.poll(() => h1(page)).toBe('Nieuwe koppeling');
    expect(await page.getByText('/api/v1/sso/callback').textContent()).toBe(
      `${app.server.baseUrl}/api/v1/sso/callback`,
    );

    // An empty form: every missing field is named, linked, and marked invalid.
    await page.getByRole('button', { name: 'Koppeling opslaan' }).click();
    const summary = page.locator('.ketenhuis-error-summary');
    await summary.getByRole('heading', { name: 'De koppeling is niet opgeslagen' }).waitFor();
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      'Naam is verplicht.',
      'Issuer-URL is verplicht.',
      'Client-id is verplicht.',
      'Clientgeheim is verplicht.',
    ]);
    expect(await page.getByLabel('Issuer-URL').getAttribute('aria-invalid')).toBe('true');
    await summary.getByRole('link', { name: 'Client-id is verplicht.' }).click();
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document
            .activeElement?.id,
      ),
    ).toBe(await page.getByLabel('Client-id').getAttribute('id'));
    await expectNoAxeViolations(page, 'sso-nieuw-fouten');
    await screenshot(page, 'nl-sso-nieuw-fouten');

    // Plain http to a remote host, and automatic accounts without a role, are explained before sending.
    await page.getByLabel('Naam', { exact: true }).fill('Politie');
    await page.getByLabel('Issuer-URL').fill('http://login.politie.example');
    await page.getByLabel('Client-id').fill('ketenhuis-zvh');
    await page.getByLabel('Clientgeheim', { exact: true }).fill(SECRET);
    await page.getByLabel('Organisatie').selectOption({ label: 'Politie regionale eenheid Den Haag' });
    await page.getByLabel('Accounts automatisch aanmaken').check();
    await page.getByRole('button', { name: 'Koppeling opslaan' }).click();
    await expect
      .poll(() => summary.getByRole('link').allInnerTexts())
      .toEqual([
        'Issuer-URL moet https gebruiken.',
        'Kies minstens één standaardrol, of zet het automatisch aanmaken van accounts uit.',
      ]);
    // A party's staff can only get the professional role; functioneel beheer is never offered.
    const roles = page.getByRole('group', { name: 'Standaardrollen voor nieuwe accounts' });
    expect(await roles.getByRole('checkbox').count()).toBe(1);
    await roles.getByLabel('Professional').check();
    await page.getByLabel('Issuer-URL').fill('https://login.politie.example/realms/zvh');
    await expectNoAxeViolations(page, 'sso-nieuw-ingevuld');
    await screenshot(page, 'nl-sso-nieuw-ingevuld');
    await page.getByRole('button', { name: 'Koppeling opslaan' }).click();

    await expect.poll(() => h1(page)).toBe('Koppeling: Politie');
    await page.getByRole('status').filter({ hasText: 'De koppeling is aangemaakt.' }).waitFor();
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    const stored = await api<Provider>(page, `/api/v1/sso-providers/${id}`);
    expect(stored).toMatchObject({
      name: 'Politie',
      clientId: 'ketenhuis-zvh',
      clientSecretSet: true,
      provision: true,
      defaultRoles: ['professional'],
      enabled: true,
    });
    expect(stored.partyId).not.toBeNull();
    expect(JSON.stringify(stored)).not.toContain(SECRET);

    // The secret is "ingesteld", never shown, and kept unless replacing it is chosen.
    await page.getByText('Er is een clientgeheim ingesteld. Het wordt nooit getoond.').waitFor();
    expect(await page.getByLabel('Huidig clientgeheim behouden').isChecked()).toBe(true);
    expect(await page.getByLabel('Nieuw clientgeheim').count()).toBe(0);
    expect(await page.content()).not.toContain(SECRET);
    expect(await page.getByText('Politie regionale eenheid Den Haag').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'sso-koppeling');
    await screenshot(page, 'nl-sso-koppeling');

    // Replace the secret, switch the provider off, and change the client id (relink warning).
    await page.getByLabel('Clientgeheim vervangen').check();
    await page.getByLabel('Nieuw clientgeheim').fill(NEW_SECRET);
    await page.getByLabel('Koppeling actief').uncheck();
    await page.getByLabel('Client-id').fill('ketenhuis-zvh-2');
    await page.getByText('Let op: als u de issuer-URL of het client-id wijzigt').waitFor();
    await expectNoAxeViolations(page, 'sso-koppeling-wijzigen');
    await screenshot(page, 'nl-sso-koppeling-wijzigen');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'De wijzigingen zijn opgeslagen en het clientgeheim is vervangen.' })
      .waitFor();
    const changed = await api<Provider>(page, `/api/v1/sso-providers/${id}`);
    expect(changed).toMatchObject({ enabled: false, clientId: 'ketenhuis-zvh-2', clientSecretSet: true });
    expect(await page.getByLabel('Nieuw clientgeheim').count()).toBe(0);
    // The form stays in place after saving: focus is still on its button.
    expect(await focusedText(page)).toBe('Wijzigingen opslaan');

    // Saving twice in a row uses the new ETag: no 412 of our own making.
    await page.getByLabel('Naam', { exact: true }).fill('Politie Haaglanden');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect.poll(() => h1(page)).toBe('Koppeling: Politie Haaglanden');

    // Someone else saves in between: the page says so and offers the current version.
    expect(await patchBehindTheBack(page, id, { name: 'Politie (ander)' })).toBe(200);
    await page.getByLabel('Koppeling actief').check();
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await summary
      .getByText('De gegevens zijn intussen door iemand anders gewijzigd. Laad de pagina opnieuw.')
      .waitFor();
    await expectNoAxeViolations(page, 'sso-koppeling-412');
    await screenshot(page, 'nl-sso-koppeling-412');
    await page.getByRole('button', { name: 'Gegevens opnieuw laden (uw wijzigingen vervallen)' }).click();
    await expect.poll(() => h1(page)).toBe('Koppeling: Politie (ander)');
    await page.getByRole('status').filter({ hasText: 'De actuele gegevens zijn geladen.' }).waitFor();
    expect(await page.getByLabel('Koppeling actief').isChecked()).toBe(false);

    // Back in the list: one provider, its secret "Ingesteld", its status "Uitgeschakeld".
    await page.getByRole('link', { name: 'Terug naar single sign-on' }).click();
    const table = page.getByRole('table', { name: 'Single sign-on-koppelingen' });
    const row = table.getByRole('row').filter({ hasText: 'Politie (ander)' });
    await row.waitFor();
    expect(await row.getByRole('cell').allInnerTexts()).toEqual([
      'Politie regionale eenheid Den Haag',
      'https://login.politie.example/realms/zvh',
      'Uitgeschakeld',
      'Ingesteld',
    ]);
    await expectNoAxeViolations(page, 'sso-lijst');
    await screenshot(page, 'nl-sso-lijst');

    // Chromium logs the one expected 412 as a failed resource load; anything else is a defect.
    await problems.collect();
    const expected = (line: string) =>
      line.includes('status of 412') && line.includes(`/api/v1/sso-providers/${id}`);
    expect(problems.list.filter(expected)).toHaveLength(1);
    expect(problems.list.filter((line) => !expected(line))).toEqual([]);
    await context.close();
    context = undefined;
  });

  it('shows the list, the new provider form with its errors, and a provider in English', async () => {
    context = await app.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.addInitScript(() =>
      (
        globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
      ).localStorage.setItem('ketenhuis.language', 'en'),
    );
    const problems = await trackProblems(page);
    await logIn(page, app.server.baseUrl, 'en');

    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Single sign-on' })
      .click();
    await expect.poll(() => h1(page)).toBe('Single sign-on');
    await page.getByRole('table', { name: 'Single sign-on connections' }).waitFor();
    await expectNoAxeViolations(page, 'sso list (en)');
    await screenshot(page, 'en-sso-lijst');

    await page.getByRole('link', { name: 'Add a connection' }).click();
    await expect.poll(() => h1(page)).toBe('New connection');
    await page.getByLabel('Issuer URL').fill('https://login.example.org/.well-known/openid-configuration');
    await page.getByRole('button', { name: 'Save connection' }).click();
    const summary = page.locator('.ketenhuis-error-summary');
    await expect
      .poll(() => summary.getByRole('link').allInnerTexts())
      .toEqual([
        'Name is required.',
        'Issuer URL: enter the issuer itself, not the address of the discovery document (/.well-known/…).',
        'Client ID is required.',
        'Client secret is required.',
      ]);
    await expectNoAxeViolations(page, 'sso new with errors (en)');
    await screenshot(page, 'en-sso-nieuw-fouten');

    await page.getByRole('link', { name: 'Back to single sign-on' }).click();
    await page.getByRole('link', { name: 'Politie (ander)' }).click();
    await expect.poll(() => h1(page)).toBe('Connection: Politie (ander)');
    await page.getByText('A client secret is set. It is never shown.').waitFor();
    await expectNoAxeViolations(page, 'sso provider (en)');
    await screenshot(page, 'en-sso-koppeling');

    await problems.collect();
    expect(problems.list).toEqual([]);
  });
});
