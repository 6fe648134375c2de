/**
 * Information sharing in a real browser (issue 6 §6; Art. 9.2, 12.2f, 16.2; Wgs): in a demo case
 * being carried out (conference held), the GGZ professional provides an item for all participants
 * with an attachment — after the error summary and a refused file type — and one for the
 * procesregisseur only; the police professional sees the first with its badges and "Waarom zie ik
 * dit?", never the second (not in the list, and "not found" at its address); the police requests a
 * disclosure to a third party, the GGZ approves with re-authentication, and the police downloads
 * the PDF; the privacy officer registers a data-subject request, and the GGZ finds its routed part
 * and downloads its JSON export; with more items than one page, the case page loads the rest on
 * "Meer informatie laden". Reading before the conference (Art. 12.2f), on an item's page: the
 * procesregisseur proposes it, the provider approves; the procesregisseur takes it back, proposes
 * again, and the provider refuses. Every page is axe-checked in Dutch and English and saved as a
 * screenshot.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  appInBrowser,
  audit,
  DEMO_PASSWORD,
  expectNoAxeViolations,
  poll,
  problemsOf,
  screenshot,
} from './support/browser.js';

const GGZ = 'Parnassia Groep';
/** The demo case in execution with police, GGZ, municipality and probation at the table. */
const PERSON = 'Ruben van Zeewindt';
const OPEN_ITEM = 'Behandelgeschiedenis verslavingszorg';
const SECRET_ITEM = 'Signaal alleen voor de procesregisseur';
const RECIPIENT = 'Woningcorporatie Haag Wonen, afdeling Leefbaarheid';
const PRE_ITEM = 'Gespreksverslag huisbezoek';

// The page's globals as the evaluate callbacks use them (this file is type-checked with Node's types).
declare const document: {
  documentElement: { lang: string };
  activeElement: { textContent: string | null } | null;
};

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The same page in English (axe and screenshot) through the language switch, then back to Dutch. */
async function inEnglish(page: Page, h1: string | RegExp, shot: string) {
  await page.getByRole('button', { name: 'English' }).click();
  await poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
  await audit(page, h1, shot);
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nl');
}

const said = (page: Page, text: string) =>
  poll(() => page.getByRole('status').filter({ hasText: text }).count());

/**
 * Opens the demo case of PERSON. Found through the API from inside the page (the session's own
 * cookie), because the case list page does not show every relation (see the report).
 */
async function openCase(page: Page, base: string): Promise<string> {
  const id = await page.evaluate(async (person: string) => {
    const response = await fetch('/api/v1/cases?limit=100', { headers: { Accept: 'application/json' } });
    const body = (await response.json()) as { items: { id: string; personNames: string[] | null }[] };
    return body.items.find((c) => c.personNames?.includes(person))?.id ?? null;
  }, PERSON);
  expect(id).not.toBeNull();
  await page.goto(`${base}/casussen/${id}`);
  await poll(() => page.getByRole('heading', { name: 'Informatie', exact: true }).count()).toBe(1);
  return page.url();
}

/**
 * Provides items with these titles for all participants through the API, from inside the page
 * (the session's own cookie and CSRF token); their ids.
 */
async function provideThroughApi(page: Page, caseUrl: string, titles: readonly string[]): Promise<string[]> {
  return page.evaluate(
    async ({ url, titles }) => {
      const caseId = url.split('/').at(-1) as string;
      const session = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
      const ids: string[] = [];
      for (const title of titles) {
        const response = await fetch(`/api/v1/cases/${caseId}/information-items`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
          body: JSON.stringify({
            title,
            body: 'Kort verslag van een contact.',
            regime: 'gewoon',
            visibility: 'all-participants',
            useInActionPlan: false,
          }),
        });
        if (response.status !== 201) throw new Error(`${title}: status ${response.status}`);
        ids.push(((await response.json()) as { id: string }).id);
      }
      return ids;
    },
    { url: caseUrl, titles },
  );
}

describe('information sharing, in Chromium', () => {
  const app = appInBrowser();
  /** A demo user logged in, in a browser context of its own (closed after the file). */
  const as = async (role: string) => (await app.login(role, { acceptDownloads: true })).page;

  it('provides, hides, discloses and answers a data-subject request', { timeout: 600_000 }, async () => {
    const base = app.server.baseUrl;

    // 1. The GGZ professional provides information with conditions.
    const ggz = await as('ggz');
    const caseUrl = await openCase(ggz, base);
    const caseHeading = (await ggz.getByRole('heading', { level: 1 }).textContent()) ?? '';
    const caseNumber = new RegExp(caseHeading.replace(/^Casus /, '').replace(/[-/]/g, '\\$&'));
    await poll(() => ggz.getByRole('heading', { name: 'Informatie verstrekken' }).count()).toBe(1);
    const form = ggz.locator('form[aria-labelledby="item-form-heading"]');
    await form.getByRole('button', { name: 'Informatie verstrekken' }).click();
    const summary = form.locator('.ketenhuis-error-summary');
    await poll(() => summary.getByRole('link', { name: 'Vul de titel in.' }).count()).toBe(1);
    await poll(() => summary.getByRole('link', { name: 'Kies wie de informatie mag zien.' }).count()).toBe(1);
    await audit(ggz, caseHeading, 'nl-information-case-errors');

    await form.getByLabel('Titel').fill(OPEN_ITEM);
    await form
      .getByLabel('Inhoud')
      .fill('Tot vorig jaar in ambulante behandeling; behandeling eenzijdig gestopt.');
    await form.getByLabel('Bijzondere persoonsgegevens (gezondheid)').check();
    await form.getByLabel('Alle deelnemers aan de casus').check();
    await form
      .getByRole('group', { name: 'Mag dit worden gebruikt in het plan van aanpak?' })
      .getByLabel('Ja')
      .check();
    await form.getByLabel('Vervalt na (optioneel)').fill(inDays(60));
    // A file whose name is not an allowed type is refused in the browser, at the field.
    const files = form.getByLabel('Bijlagen (optioneel)');
    await files.setInputFiles({
      name: 'script.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('MZ'),
    });
    await form.getByRole('button', { name: 'Informatie verstrekken' }).click();
    await poll(() => summary.getByRole('link', { name: /script\.exe is geen toegestaan type/ }).count()).toBe(
      1,
    );
    expect(await files.getAttribute('aria-invalid')).toBe('true');
    await files.setInputFiles({
      name: 'brief.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await form.getByRole('button', { name: 'Informatie verstrekken' }).click();
    await said(ggz, 'De informatie is verstrekt.').toBe(1);
    const openCard = ggz.locator('article').filter({ has: ggz.getByRole('heading', { name: OPEN_ITEM }) });
    await poll(() => openCard.getByText('Bijzondere persoonsgegevens (gezondheid)').count()).toBe(1);
    expect(await openCard.getByText('Zichtbaar: alle deelnemers').count()).toBe(1);
    expect(await openCard.getByText('Mag in plan van aanpak').count()).toBe(1);
    expect(await openCard.getByText('1 bijlage').count()).toBe(1);
    await openCard.getByText('Waarom zie ik dit?').click();
    await poll(() =>
      openCard.getByText(`omdat uw partij, ${GGZ}, het heeft verstrekt`, { exact: false }).count(),
    ).toBe(1);

    await form.getByLabel('Titel').fill(SECRET_ITEM);
    await form.getByLabel('Inhoud').fill('Zorgsignaal dat alleen de procesregisseur mag kennen.');
    await form.getByLabel('Gewone persoonsgegevens').check();
    await form.getByLabel('Alleen de procesregisseur').check();
    await form.getByRole('button', { name: 'Informatie verstrekken' }).click();
    await said(ggz, 'De informatie is verstrekt.').toBe(1);
    const secretLink = ggz.getByRole('link', { name: SECRET_ITEM });
    await poll(() => secretLink.count()).toBe(1);
    const secretUrl = `${base}${await secretLink.getAttribute('href')}`;
    await audit(ggz, caseHeading, 'nl-information-case-provider');
    await inEnglish(ggz, caseNumber, 'en-information-case-provider');

    // The item page: text, attachment, why, the provider's controls.
    await ggz.getByRole('link', { name: OPEN_ITEM }).click();
    await audit(ggz, `Informatie: ${OPEN_ITEM}`, 'nl-information-item');
    await poll(() => ggz.getByRole('button', { name: 'brief.pdf downloaden' }).count()).toBe(1);
    const attachment = ggz.waitForEvent('download');
    await ggz.getByRole('button', { name: 'brief.pdf downloaden' }).click();
    expect((await attachment).suggestedFilename()).toBe('brief.pdf');
    await inEnglish(ggz, `Information: ${OPEN_ITEM}`, 'en-information-item');

    // 2. The police sees the open item with its reason, and nothing of the other.
    const politie = await as('politie');
    await politie.goto(caseUrl);
    await poll(() => politie.getByRole('link', { name: OPEN_ITEM }).count()).toBe(1);
    expect(await politie.getByText(SECRET_ITEM).count()).toBe(0);
    const seen = politie
      .locator('article')
      .filter({ has: politie.getByRole('heading', { name: OPEN_ITEM }) });
    await seen.getByText('Waarom zie ik dit?').click();
    await poll(() =>
      seen
        .getByText(`${GGZ} heeft bepaald dat alle deelnemers aan de casus het mogen zien`, { exact: false })
        .count(),
    ).toBe(1);
    expect(await seen.getByRole('button', { name: 'Intrekken' }).count()).toBe(0);
    await audit(politie, caseHeading, 'nl-information-case-participant');
    await politie.goto(secretUrl);
    await poll(() => politie.getByText('Deze informatie bestaat niet of u mag haar niet zien.').count()).toBe(
      1,
    );
    expect(await politie.getByText(SECRET_ITEM).count()).toBe(0);
    await audit(politie, 'Informatie', 'nl-information-item-not-found');

    // 3. The police asks to disclose the open item to a third party.
    await politie.goto(caseUrl);
    await politie.getByRole('button', { name: 'Verstrekking aanvragen' }).click();
    const dform = politie.locator('form[aria-labelledby="disclosure-form-heading"]');
    await dform.getByRole('button', { name: 'Verstrekking aanvragen' }).click();
    await poll(() => dform.getByRole('link', { name: 'Kies ten minste één stuk.' }).count()).toBe(1);
    await dform.getByLabel(OPEN_ITEM).check();
    await dform.getByLabel('Ontvanger (de derde)').fill(RECIPIENT);
    await dform.getByLabel('Doel').fill('Afspraken over begeleid wonen en het voorkomen van ontruiming.');
    await dform.getByLabel('Wettelijke grondslag').fill('Art. 9.2 convenant; toestemming van betrokkene.');
    await dform.getByRole('button', { name: 'Verstrekking aanvragen' }).click();
    await audit(politie, /^Verstrekking /, 'nl-information-disclosure-requested');
    const disclosureUrl = politie.url();
    expect(await politie.getByText('Wacht op besluit').count()).toBe(1);
    expect(await politie.getByRole('button', { name: 'PDF downloaden' }).count()).toBe(0);
    await inEnglish(politie, /^Disclosure /, 'en-information-disclosure-requested');

    // 4. The GGZ, the item's controller, consents in writing after re-authenticating.
    await ggz.goto(disclosureUrl);
    await ggz.getByRole('button', { name: new RegExp(`^Besluiten over dit stuk.*${OPEN_ITEM}`) }).click();
    await ggz.getByLabel('Toestemming geven').check();
    await ggz
      .getByLabel('Motivering')
      .fill('Noodzakelijk voor het voorkomen van ontruiming; alleen deze samenvatting.');
    await ggz.getByRole('button', { name: 'Besluit vastleggen' }).click();
    const dialog = ggz.getByRole('dialog', { name: 'Bevestig dat u het bent' });
    await poll(() => dialog.count()).toBe(1);
    await expectNoAxeViolations(ggz, 'nl-information-reauth');
    await screenshot(ggz, 'nl-information-reauth');
    await dialog.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: 'Bevestigen' }).click();
    await said(ggz, 'Uw besluit is vastgelegd.').toBe(1);
    await poll(() => ggz.getByText('Goedgekeurd', { exact: true }).count()).toBe(1);
    await audit(ggz, /^Verstrekking /, 'nl-information-disclosure-decided');

    // 5. All approved: the police downloads the PDF.
    await politie.goto(disclosureUrl);
    await poll(() => politie.getByRole('button', { name: 'PDF downloaden' }).count()).toBe(1);
    expect(await politie.getByText('Alle stukken goedgekeurd').count()).toBeGreaterThan(0);
    const pdf = politie.waitForEvent('download');
    await politie.getByRole('button', { name: 'PDF downloaden' }).click();
    const file = await pdf;
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    const path = await file.path();
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await said(politie, 'De PDF is gedownload.').toBe(1);
    await poll(() => politie.getByText(/^1 keer, eerst op/).count()).toBe(1);
    await audit(politie, /^Verstrekking /, 'nl-information-disclosure-exported');
    await inEnglish(politie, /^Disclosure /, 'en-information-disclosure-exported');

    // 6. The privacy officer registers a data-subject request (BSN checked first, then by name).
    const privacy = await as('privacy');
    await privacy.getByRole('link', { name: 'Verzoeken betrokkenen' }).click();
    await audit(privacy, 'Verzoeken van betrokkenen', 'nl-information-subject-list');
    await inEnglish(privacy, 'Data-subject requests', 'en-information-subject-list');
    await privacy.getByRole('link', { name: 'Verzoek registreren' }).click();
    await audit(privacy, 'Verzoek van een betrokkene registreren', 'nl-information-subject-create');
    await inEnglish(privacy, 'Register a data-subject request', 'en-information-subject-create');
    await privacy.getByLabel('Inzage').check();
    await privacy.getByLabel('BSN', { exact: true }).fill('123456789');
    await privacy
      .getByLabel('Wat vraagt de betrokkene?')
      .fill('Wil weten welke gegevens de partijen over hem delen.');
    await privacy.getByRole('button', { name: 'Verzoek registreren' }).click();
    await poll(() =>
      privacy.getByRole('link', { name: 'Vul een geldig BSN in (9 cijfers, elfproef).' }).count(),
    ).toBe(1);
    expect(privacy.url()).not.toContain('123456789');
    await privacy.getByLabel('Met naam en geboortedatum').check();
    await privacy.getByLabel('Naam', { exact: true }).fill(PERSON);
    await privacy.getByLabel('Geboortedatum', { exact: true }).fill('1984-05-19');
    await privacy.getByRole('button', { name: 'Verzoek registreren' }).click();
    await audit(privacy, /^Verzoek /, 'nl-information-subject-detail');
    const requestUrl = privacy.url();
    // Only an opaque id in the URL, no BSN or name (a UUID may itself hold nine digits in a row).
    expect(new URL(requestUrl).pathname).toMatch(
      /^\/verzoeken-betrokkenen\/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/,
    );
    await poll(() => privacy.getByRole('heading', { name: GGZ, level: 3 }).count()).toBe(1);
    expect(await privacy.getByText('Op tijd').count()).toBeGreaterThan(0);
    await inEnglish(privacy, /^Request /, 'en-information-subject-detail');

    // 7. The GGZ sees its routed part, downloads its export and decides.
    await ggz.goto(requestUrl);
    await poll(() => ggz.getByRole('heading', { name: GGZ, level: 3 }).count()).toBe(1);
    const json = ggz.waitForEvent('download');
    await ggz.getByRole('button', { name: `Gegevens van ${GGZ} downloaden (JSON)` }).click();
    const exported = JSON.parse(readFileSync(await (await json).path(), 'utf8')) as {
      controller: { name: string };
    };
    expect(exported.controller.name).toBe(GGZ);
    await ggz.getByLabel('Toegewezen', { exact: true }).check();
    await ggz.getByLabel('Motivering').fill('Inzage verleend in de verstrekte informatie.');
    await ggz.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await said(ggz, 'Het besluit is vastgelegd.').toBe(1);
    await audit(ggz, /^Verzoek /, 'nl-information-subject-party');
    await inEnglish(ggz, /^Request /, 'en-information-subject-party');

    // 8. A case with more items than one page: the first 25, "Meer informatie laden", focus on the
    // first item loaded, the count said in a live region. The GGZ provides 25 more through the API.
    const titles = Array.from({ length: 25 }, (_, n) => `Verslag ${String(n + 1).padStart(2, '0')}`);
    await provideThroughApi(ggz, caseUrl, titles);
    const extra = await ggz.evaluate(async (url: string) => {
      const list = await fetch(`/api/v1/cases/${url.split('/').at(-1)}/information-items?limit=100`);
      return ((await list.json()) as { items: unknown[] }).items.length;
    }, caseUrl);
    expect(extra).toBeGreaterThan(26);
    await ggz.goto(caseUrl);
    const information = ggz.locator('section[aria-labelledby="case-information-heading"]');
    const loadMore = information.getByRole('button', { name: 'Meer informatie laden' });
    await poll(() => loadMore.count()).toBe(1);
    await said(ggz, '25 informatie-items getoond. Er is meer informatie.').toBe(1);
    expect(await information.locator('article').count()).toBe(25);
    await audit(ggz, caseHeading, 'nl-information-case-more');
    await loadMore.click();
    await poll(() => information.locator('article').count()).toBeGreaterThan(25);
    const twentySixth = await information.locator('article').nth(25).getByRole('link').first().textContent();
    await poll(() => ggz.evaluate(() => document.activeElement?.textContent ?? null)).toBe(twentySixth);
    await inEnglish(ggz, caseNumber, 'en-information-case-more');

    const problems = await problemsOf(app.sessions);
    // The refusals the test provoked are the only console errors allowed: the hidden item's
    // address (404) and the decision before re-authenticating (401 reauth-required). The retry
    // after re-authenticating carries the rotated CSRF token at once (no 403 csrf).
    const provoked = (p: string) =>
      (p.includes('status of 404') && /\/information-items\/[^/]+\)$/.test(p)) ||
      (p.includes('status of 401') && /\/decision\)$/.test(p));
    expect(problems.filter(provoked).length).toBe(2);
    expect(problems.filter((p) => !provoked(p))).toEqual([]);
  });

  it('reading before the conference: proposed and approved, taken back, refused (Art. 12.2f)', {
    timeout: 300_000,
  }, async () => {
    const first = app.sessions.length;
    const ggz = await as('ggz');
    const caseUrl = await openCase(ggz, app.server.baseUrl);
    const [itemId] = await provideThroughApi(ggz, caseUrl, [PRE_ITEM]);
    const itemUrl = `${caseUrl}/informatie/${itemId}`;
    const h1 = `Informatie: ${PRE_ITEM}`;
    /** The item's controls on its page: the state in words (to the procesregisseur) and the buttons. */
    const controls = (page: Page) => page.locator('.ketenhuis-item-controls');
    const state = (page: Page, text: string) =>
      poll(() => controls(page).locator('p').filter({ hasText: text }).count());
    const badge = (page: Page, text: string) =>
      poll(() => page.locator('.ketenhuis-item-badges').getByText(text, { exact: true }).count());
    const button = (page: Page, name: string) => controls(page).getByRole('button', { name, exact: true });

    /** As `page`, on the item's page (axe-checked in Dutch and English): press `name`, hear `done`. */
    const press = async (page: Page, name: string, done: string, shot: string) => {
      await page.goto(itemUrl);
      await audit(page, h1, `nl-information-pre-conference-${shot}`);
      await inEnglish(page, `Information: ${PRE_ITEM}`, `en-information-pre-conference-${shot}`);
      await button(page, name).click();
      await said(page, done).toBe(1);
    };
    const assessed = 'Uw beoordeling is vastgelegd.';

    // The procesregisseur proposes reading beforehand; then only taking it back fits the state.
    const regisseur = await as('procesregisseur');
    await press(regisseur, 'Vooraf inzien voorstellen', assessed, 'propose');
    await state(regisseur, 'de verstrekker moet het goedkeuren').toBe(1);
    expect(await button(regisseur, 'Vooraf inzien voorstellen').count()).toBe(0);
    expect(await button(regisseur, 'Niet vooraf inzien').count()).toBe(1);

    // The provider approves the proposal; then it has nothing more to decide here.
    await press(ggz, 'Inzage vooraf goedkeuren', 'Inzage vooraf is goedgekeurd.', 'approve');
    await badge(ggz, 'Vooraf in te zien').toBe(1);
    expect(
      await controls(ggz)
        .getByRole('button', { name: /vooraf/ })
        .count(),
    ).toBe(0);

    // The procesregisseur takes it back: not readable beforehand, and only proposing fits again.
    await press(regisseur, 'Niet vooraf inzien', assessed, 'deny');
    await state(regisseur, 'Niet vooraf in te zien.').toBe(1);
    expect(await button(regisseur, 'Niet vooraf inzien').count()).toBe(0);

    // Proposed again, the provider refuses this time.
    await press(regisseur, 'Vooraf inzien voorstellen', assessed, 'propose-again');
    await press(ggz, 'Inzage vooraf afwijzen', 'Inzage vooraf is afgewezen.', 'refuse');
    await badge(ggz, 'Niet vooraf in te zien').toBe(1);
    expect(await button(ggz, 'Inzage vooraf goedkeuren').count()).toBe(0);

    expect(await problemsOf(app.sessions.slice(first))).toEqual([]);
  });
});
