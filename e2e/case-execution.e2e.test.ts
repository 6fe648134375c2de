/**
 * Execution details in the browser (issue 5, smaller gaps §1–3), on the demo's cases:
 * - overdue actions (Art. 12.2g, 13.2): the procesregisseur finds them under "Mijn taken" on the
 *   dashboard, each marked overdue in words with a symbol — not by colour alone (WCAG 1.4.1) — and
 *   on the case page the action plan marks the same actions and counts them; the case page names
 *   the professionals (the registering professional by name, role and party);
 * - a stale de-escalation approval (Art. 1.10): approved in one tab, then again from a second tab
 *   loaded before it; the server answers 412 and the page says "De casus is intussen gewijzigd;
 *   laad de pagina opnieuw." with a button that reloads the case.
 * Every page is checked with axe in Dutch, the case page also in English.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInBrowser, audit, type PageProblems, poll, trackProblems } from './support/browser.js';

/** The demo's professionals (src/modules/identity/demo-users.ts). */
const PROFESSIONALS = /(Pieter Jansen|Gerda Smit|Gijs Mulder|Romy Hendriks) \(melder, [^)]+\)/;

// The page's globals as the evaluate callbacks use them (this file is type-checked with Node's types).
declare const document: {
  documentElement: { lang: string };
  activeElement: { textContent: string | null } | null;
};
declare const localStorage: { setItem(key: string, value: string): void };

/** Fails on console errors and the like, except what `allowed` matches (an expected 412). */
async function expectNoProblems(problems: PageProblems, allowed: RegExp | null = null) {
  await problems.collect();
  expect(problems.list.filter((p) => !allowed?.test(p))).toEqual([]);
}

describe('execution details in Chromium', () => {
  const app = appInBrowser();

  it('marks overdue actions in words under Mijn taken and on the case page', {
    timeout: 240_000,
  }, async () => {
    const { page, problems } = await app.login('procesregisseur');

    // Mijn taken: the section of overdue actions, every row marked in words.
    const heading = page.getByRole('heading', { level: 3, name: /^Acties over de datum \(\d+\)$/ });
    await poll(() => heading.count()).toBe(1);
    const rows = page.locator('ul[aria-labelledby="my-tasks-overdue-actions"] > li');
    await poll(() => rows.count()).toBeGreaterThan(0);
    const count = await rows.count();
    for (let i = 0; i < count; i++) {
      const mark = rows.nth(i).locator('strong.ketenhuis-overdue');
      // Words and a symbol, not colour alone (WCAG 1.4.1); the symbol is hidden from screen readers.
      expect(await mark.textContent()).toMatch(/^⚠\s*Termijn verstreken$/);
      expect(await mark.locator('[aria-hidden="true"]').textContent()).toContain('⚠');
    }
    // Other task sections carry no overdue mark.
    await poll(() => page.locator('.ketenhuis-tasks strong.ketenhuis-overdue').count()).toBe(count);
    await audit(page, 'Overzicht', 'nl-verlopen-mijn-taken');

    // The case page: the action plan marks the overdue actions and counts them.
    const link = rows.first().getByRole('link');
    const caseNumber = await link.textContent();
    await link.click();
    await audit(page, `Casus ${caseNumber}`, 'nl-verlopen-casus');
    const plan = page.getByRole('table', { name: 'Acties van het plan van aanpak' });
    const overdueRows = plan.getByRole('row').filter({ hasText: 'Termijn verstreken' });
    await poll(() => overdueRows.count()).toBeGreaterThan(0);
    const overdue = await overdueRows.count();
    const sentence =
      overdue === 1 ? '1 actie is over de termijn.' : `${overdue} acties zijn over de termijn.`;
    await poll(() => page.getByText(sentence).count()).toBe(1);
    for (let i = 0; i < overdue; i++)
      expect(await overdueRows.nth(i).locator('strong.ketenhuis-overdue').textContent()).toMatch(
        /^⚠\s*Termijn verstreken$/,
      );
    // The date and the mark are two words apart, not run together.
    expect(await overdueRows.first().textContent()).toMatch(/\d \s*⚠/);
    // Names (issue 5 §1): the timeline names the registering professional, with role and party.
    await poll(() => page.locator('.ketenhuis-timeline').textContent()).toMatch(PROFESSIONALS);

    // In English too.
    const url = page.url();
    await page.evaluate(() => localStorage.setItem('ketenhuis.language', 'en'));
    await page.goto(url);
    await audit(page, `Case ${caseNumber}`, 'en-verlopen-casus');
    await poll(() => plan.count()).toBe(0);
    const planEn = page.getByRole('table', { name: 'Actions of the action plan' });
    await poll(() => planEn.getByRole('row').filter({ hasText: 'Overdue' }).count()).toBe(overdue);
    await page.evaluate(() => localStorage.setItem('ketenhuis.language', 'nl'));
    await page.goto(url);
    await poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nl');

    await expectNoProblems(problems);
  });

  it('says plainly that a de-escalation approval from a stale page was not recorded (412)', {
    timeout: 240_000,
  }, async () => {
    const { context, page, problems } = await app.login('procesregisseur');
    // The demo case whose de-escalation waits for the procesregisseur, from Mijn taken.
    const link = page.locator('ul[aria-labelledby="my-tasks-deescalations"] > li').first().getByRole('link');
    await poll(() => link.count()).toBe(1);
    const caseNumber = await link.textContent();
    await link.click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`Casus ${caseNumber}`);
    const url = page.url();
    // A second tab with the same page, loaded before the approval.
    const other = await context.newPage();
    const otherProblems = await trackProblems(other);
    await other.goto(url);
    const approve = (p: Page) => p.getByRole('button', { name: 'Instemmen met afschaling' });
    await poll(() => approve(page).count()).toBe(1);
    await poll(() => approve(other).count()).toBe(1);

    await approve(page).click();
    await page.getByRole('button', { name: 'Ja, ik stem in' }).click();
    await poll(() =>
      page.getByRole('status').filter({ hasText: 'Uw instemming is vastgelegd.' }).count(),
    ).toBe(1);

    await approve(other).click();
    await other.getByRole('button', { name: 'Ja, ik stem in' }).click();
    const alert = other.getByRole('alert').filter({ hasText: 'Niet vastgelegd' });
    await poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toContain('De casus is intussen gewijzigd; laad de pagina opnieuw.');
    // Focus moves to the message; the stale form is gone.
    await poll(() => other.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Niet vastgelegd');
    expect(await other.getByRole('button', { name: 'Ja, ik stem in' }).count()).toBe(0);
    await audit(other, `Casus ${caseNumber}`, 'nl-afschaling-412');

    await alert.getByRole('button', { name: 'Pagina opnieuw laden' }).click();
    await poll(() => alert.count()).toBe(0);
    await poll(() =>
      other.getByRole('status').filter({ hasText: 'De casus is opnieuw geladen.' }).count(),
    ).toBe(1);
    // The new state: the approval is recorded once, and it is not offered again.
    await poll(() => approve(other).count()).toBe(0);
    await poll(() => other.getByText(/^Ingestemd door u op /).count()).toBe(1);

    await expectNoProblems(problems);
    await expectNoProblems(otherProblems, /status of 412 .*\/approve-deescalation\)$/);
  });
});
