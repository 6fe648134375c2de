/**
 * Registration and assessment in a real browser (issue 5 §1, §2, §9): a professional of the
 * police registers a family case (draft, edit, submit), with the error summary and the BSN
 * elfproef shown on the way; a procesregisseur finds it under "Mijn taken", picks it up, sees the
 * Bijlage 2 indication and asks a question; the professional answers; the procesregisseur accepts
 * with reasoning and the case moves to triage. Every page is axe-checked in Dutch, the main ones
 * also in English, and saved as a screenshot.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInBrowser, audit, poll, problemsOf } from './support/browser.js';

// The page's globals as the evaluate callbacks use them (this file is type-checked with Node's types).
declare const document: {
  activeElement: { id: string; className: string } | null;
  documentElement: { lang: string };
};
declare const localStorage: { setItem(key: string, value: string): void };

async function inEnglish(page: Page, url: string, h1: string | RegExp, shot: string) {
  await page.evaluate(() => localStorage.setItem('ketenhuis.language', 'en'));
  await page.goto(url);
  await audit(page, h1, shot);
  await page.evaluate(() => localStorage.setItem('ketenhuis.language', 'nl'));
  await page.reload();
  await poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nl');
}

const statusText = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).count();

describe('registration and assessment, in Chromium', () => {
  const app = appInBrowser();

  it('registers, assesses with a question and accepts a case', { timeout: 240_000 }, async () => {
    const base = app.server.baseUrl;
    const melder = await app.login('politie');
    const p = melder.page;

    // The case list and the empty form, then the error summary of an empty submit.
    await p
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Aanmeldingen en casussen' })
      .click();
    await audit(p, 'Aanmeldingen en casussen', 'nl-casussen');
    await p.getByRole('link', { name: 'Nieuwe aanmelding' }).click();
    await poll(() =>
      p.getByLabel('Privacy Protocol Integrale Veiligheid en Complexe Multiproblematiek').count(),
    ).toBe(1);
    await audit(p, 'Nieuwe aanmelding', 'nl-casus-nieuw');
    await p.getByRole('button', { name: 'Opslaan als concept' }).click();
    const summary = p.locator('.ketenhuis-error-summary');
    await poll(() => summary.getByRole('link', { name: 'Kies de soort casus.' }).count()).toBe(1);
    await poll(() => p.evaluate(() => document.activeElement?.className ?? '')).toContain(
      'ketenhuis-error-summary',
    );
    await summary.getByRole('link', { name: 'Vul het adres van betrokkene 1 in.' }).click();
    await poll(() => p.evaluate(() => document.activeElement?.id)).toBe('case-persons-0-address');
    expect(await p.locator('#case-persons-0-address').getAttribute('aria-invalid')).toBe('true');
    await audit(p, 'Nieuwe aanmelding', 'nl-casus-nieuw-fouten');

    // Fill it in: a family of two, a BSN typo first (elfproef), not informed, criteria ticked.
    await p.getByLabel('Gezinssysteem').check();
    await p.locator('#case-persons-0-name').fill('Jolanda Verbeek');
    await p.locator('#case-persons-0-bsn').fill('111222334');
    await p.locator('#case-persons-0-birthDate').focus();
    await poll(() =>
      p.getByText('Dit BSN voldoet niet aan de elfproef. Controleer het nummer.').count(),
    ).toBe(1);
    await p.locator('#case-persons-0-bsn').fill('111222333');
    await p.locator('#case-persons-0-birthDate').fill('1984-07-12');
    await poll(() =>
      p.getByText('Dit BSN voldoet niet aan de elfproef. Controleer het nummer.').count(),
    ).toBe(0);
    await p.locator('#case-persons-0-address').fill('Lindenlaan 4, 2512 AB Den Haag');
    await p.getByRole('button', { name: 'Betrokkene toevoegen' }).click();
    await poll(() => p.evaluate(() => document.activeElement?.id)).toBe('case-persons-1-name');
    await p.locator('#case-persons-1-name').fill('Kevin Verbeek');
    await p.locator('#case-persons-1-birthDate').fill('2008-01-30');
    await p.locator('#case-persons-1-address').fill('Lindenlaan 4, 2512 AB Den Haag');
    await p
      .getByLabel('Aanleiding')
      .fill('Herhaalde meldingen van overlast en huiselijke spanningen; zoon betrokken bij vernielingen.');
    await p.getByLabel('Doel').fill('Eén gezamenlijke aanpak voor het gezin.');
    await p.getByLabel('Parnassia Groep').check();
    await p.getByLabel('Privacy Protocol Integrale Veiligheid en Complexe Multiproblematiek').check();
    await p.getByLabel('Nee', { exact: true }).check();
    await p
      .getByLabel('Waarom is de betrokkene niet geïnformeerd?')
      .fill('Informeren brengt de veiligheid van de moeder in gevaar.');
    for (const criterion of [
      'Impact op het (gezins)systeem of de sociale omgeving',
      'Samenwerking tussen meerdere ketens nodig',
      'Meervoudige problematiek (multiproblem)',
    ])
      await p.getByLabel(criterion).check();
    await p.getByRole('button', { name: 'Opslaan als concept' }).click();
    await poll(() => p.getByText('De aanmelding is als concept opgeslagen.', { exact: false }).count()).toBe(
      1,
    );
    const caseUrl = p.url();
    await poll(() => p.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Casus \S+$/);
    const heading = (await p.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await audit(p, heading, 'nl-casus-concept');

    // Change the draft, then save and submit.
    await p.getByRole('link', { name: 'Concept wijzigen' }).click();
    await poll(() => p.getByLabel('Doel').inputValue()).toBe('Eén gezamenlijke aanpak voor het gezin.');
    await audit(p, /^Concept .* wijzigen$/, 'nl-casus-concept-wijzigen');
    await p.getByLabel('Doel').fill('Eén gezamenlijke aanpak voor het gezin, met zorg voor de zoon.');
    await p.getByRole('button', { name: 'Opslaan en indienen' }).click();
    await poll(() => p.getByText('De aanmelding is ingediend.', { exact: false }).count()).toBe(1);
    expect(p.url()).toBe(caseUrl);
    await poll(() => p.getByText('Fase: Aangemeld', { exact: false }).count()).toBe(1);
    await audit(p, heading, 'nl-casus-ingediend');
    await inEnglish(p, caseUrl, heading.replace('Casus', 'Case'), 'en-casus-ingediend');
    await inEnglish(p, `${base}/casussen/nieuw`, 'New registration', 'en-casus-nieuw');

    // The procesregisseur finds it under "Mijn taken" and picks it up.
    const regisseur = await app.login('procesregisseur');
    const r = regisseur.page;
    const caseNumber = heading.replace('Casus ', '');
    await poll(() => r.getByRole('heading', { name: 'Mijn taken' }).count()).toBe(1);
    await poll(() => r.getByRole('link', { name: caseNumber }).count()).toBe(1);
    await audit(r, 'Overzicht', 'nl-overzicht-mijn-taken');
    await inEnglish(r, `${base}/`, 'Overview', 'en-overzicht-mijn-taken');
    // The notifications page, reached from the dashboard's unread count (submitting notifies the
    // procesregisseurs: 'case.submitted'; the demo seed leaves more, some about cases this
    // procesregisseur may no longer open, which come without a link).
    await r.getByRole('link', { name: 'Naar mijn meldingen' }).click();
    await poll(() => r.getByText(/ongelezen melding/).count()).toBeGreaterThan(0);
    await audit(r, 'Meldingen', 'nl-meldingen');
    await inEnglish(r, `${base}/meldingen`, 'Notifications', 'en-meldingen');
    await r.goto(`${base}/`);
    await r.getByRole('link', { name: caseNumber }).click();
    await r.getByRole('button', { name: 'Aanmelding oppakken' }).click();
    await audit(r, heading, 'nl-casus-oppakken');
    await r.getByRole('button', { name: 'Ja, oppakken' }).click();
    await poll(() => statusText(r, 'U heeft de aanmelding opgepakt.')).toBe(1);
    await poll(() => r.getByText('Indicatie: complexe casus.').count()).toBe(1);
    await poll(() => r.getByRole('rowheader', { name: 'Jolanda Verbeek' }).count()).toBe(1);

    // A question in the thread.
    await r.getByRole('button', { name: 'Versturen' }).click();
    await poll(() => r.getByRole('link', { name: 'Schrijf eerst uw vraag of antwoord.' }).count()).toBe(1);
    await r.getByLabel('Uw vraag of antwoord').fill('Is Veilig Thuis al betrokken bij het gezin?');
    await r.getByRole('button', { name: 'Versturen' }).click();
    await poll(() => statusText(r, 'Uw bericht is toegevoegd.')).toBe(1);
    await audit(r, heading, 'nl-casus-vraag');

    // The professional answers.
    await p.goto(caseUrl);
    await poll(() => p.getByText('Is Veilig Thuis al betrokken bij het gezin?').count()).toBe(1);
    await p
      .getByLabel('Uw vraag of antwoord')
      .fill('Ja, sinds maart; zij zijn op de hoogte van de aanmelding.');
    await p.getByRole('button', { name: 'Versturen' }).click();
    await poll(() => statusText(p, 'Uw bericht is toegevoegd.')).toBe(1);
    await audit(p, heading, 'nl-casus-antwoord');
    await inEnglish(p, caseUrl, heading.replace('Casus', 'Case'), 'en-casus-antwoord');

    // The procesregisseur accepts with reasoning; an empty reasoning is caught first.
    await r.reload();
    await poll(() => r.getByText('Ja, sinds maart', { exact: false }).count()).toBe(1);
    await r.getByRole('button', { name: 'Aanvaarden' }).click();
    await r.getByRole('button', { name: 'Aanmelding aanvaarden' }).click();
    await poll(() => r.getByRole('link', { name: 'Vul uw afweging in.' }).count()).toBe(1);
    await audit(r, heading, 'nl-casus-aanvaarden-fout');
    await r
      .getByLabel('Uw afweging')
      .fill('Meervoudige problematiek in het gezin; zorg en veiligheid moeten samen optrekken.');
    await r.getByRole('button', { name: 'Aanmelding aanvaarden' }).click();
    await poll(() => statusText(r, 'De aanmelding is aanvaard')).toBe(1);
    await poll(() => r.getByText('Fase: In triage', { exact: false }).count()).toBe(1);
    await poll(() => r.getByText('Aanmelding aanvaard: door naar de triage').count()).toBe(1);
    await audit(r, heading, 'nl-casus-aanvaard');
    await inEnglish(r, caseUrl, heading.replace('Casus', 'Case'), 'en-casus-aanvaard');

    // The professional sees the outcome and the reasoning on the timeline; the list shows the phase.
    await p.goto(caseUrl);
    await poll(() => p.getByText('Meervoudige problematiek in het gezin', { exact: false }).count()).toBe(1);
    await p.goto(`${base}/casussen?fase=in_triage`);
    await poll(() => p.getByRole('link', { name: caseNumber }).count()).toBe(1);
    await audit(p, 'Aanmeldingen en casussen', 'nl-casussen-in-triage');
    await inEnglish(p, `${base}/casussen`, 'Registrations and cases', 'en-casussen');

    expect(await problemsOf(app.sessions)).toEqual([]);
  });
});
