/**
 * Citing information in the action plan, in Chromium (Art. 8.4b, 13.2, 16.2; security backlog 21),
 * on the demo case in execution whose coordinator is the municipality: the GGZ professional
 * provides two items (through the API from inside the page), one that may be used in the plan
 * and one that may not; the coordinator opens "Onderbouwing wijzigen" for an action, is offered
 * only the first — with its legal regime and provider — cites it, and the plan shows it with its
 * regime badge; once the GGZ no longer allows its use in the plan, the plan marks it in words
 * ("niet meer bruikbaar in het plan van aanpak"). Every page is checked with axe and saved as a
 * screenshot, the form and the plan also in English.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInBrowser, audit as auditPage, poll, problemsOf, SCREENSHOT_DIR } from './support/browser.js';

/** The demo case in execution (src/modules/demo/demo-cases-execution.ts); the municipality coordinates. */
const PERSON = 'Ruben van Zeewindt';
const ACTION = 'Intake bij de verslavingszorg plannen en betrokkene ernaartoe begeleiden.';
const PLAN_ITEM = 'Advies verslavingszorg voor het plan';
const OTHER_ITEM = 'Diagnose, niet voor het plan';

// The page's globals as the evaluate callbacks use them (this file is type-checked with Node's types).
declare const document: {
  documentElement: { lang: string };
  activeElement: { textContent: string | null } | null;
};

async function audit(page: Page, h1: string | RegExp, shot: string) {
  await auditPage(page, h1, shot);
  // The action plan section alone, readable without scrolling through the whole case page.
  const section = page.locator('section[aria-labelledby="case-plan-heading"]');
  if ((await section.count()) === 1)
    await section.screenshot({ path: join(SCREENSHOT_DIR, `${shot}-plan.png`) });
}

/** A call to the API from inside the page, with the session's cookie and CSRF token. */
async function apiCall(page: Page, method: string, path: string, body?: object, ifMatch?: string) {
  return page.evaluate(
    async (a: { method: string; path: string; body?: object; ifMatch?: string }) => {
      const session = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
      const headers: Record<string, string> = {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'X-CSRF-Token': session.csrfToken,
      };
      if (a.ifMatch) headers['If-Match'] = a.ifMatch;
      const response = await fetch(`/api/v1${a.path}`, {
        method: a.method,
        headers,
        ...(a.body ? { body: JSON.stringify(a.body) } : {}),
      });
      return { status: response.status, etag: response.headers.get('etag'), body: await response.json() };
    },
    { method, path, ...(body ? { body } : {}), ...(ifMatch ? { ifMatch } : {}) },
  );
}

/** The id of the demo case of PERSON, found through the API with the session's own cookie. */
async function caseIdOf(page: Page): Promise<string> {
  const res = await apiCall(page, 'GET', '/cases?limit=100');
  const items = (res.body as { items: { id: string; personNames: string[] | null }[] }).items;
  const id = items.find((c) => c.personNames?.includes(PERSON))?.id;
  expect(id).toBeDefined();
  return id as string;
}

describe('citing information in the action plan, in Chromium', () => {
  const app = appInBrowser();

  it('offers only what the provider allows, shows the citation with its regime and marks it once tightened', {
    timeout: 300_000,
  }, async () => {
    const base = app.server.baseUrl;

    // 1. The GGZ provides two items: one for the plan, one not.
    const ggz = await app.login('ggz');
    const caseId = await caseIdOf(ggz.page);
    const provide = (title: string, useInActionPlan: boolean) =>
      apiCall(ggz.page, 'POST', `/cases/${caseId}/information-items`, {
        title,
        body: `Inhoud: ${title}.`,
        regime: 'bijzonder',
        visibility: 'all-participants',
        useInActionPlan,
      });
    const planItem = await provide(PLAN_ITEM, true);
    expect(planItem.status).toBe(201);
    expect((await provide(OTHER_ITEM, false)).status).toBe(201);

    // 2. The coordinator changes what the GGZ's action is based on.
    const gemeente = await app.login('gemeente');
    const page = gemeente.page;
    await page.goto(`${base}/casussen/${caseId}`);
    const plan = page.getByRole('table', { name: 'Acties van het plan van aanpak' });
    await poll(() => plan.count()).toBe(1);
    const change = plan.getByRole('button', { name: `Onderbouwing wijzigen van: ${ACTION}` });
    await poll(() => change.count()).toBe(1);
    await change.click();
    const form = page.locator('form[aria-labelledby^="citations-"]');
    const group = form.getByRole('group', { name: 'Gebaseerd op informatie (optioneel)' });
    await poll(() => group.getByRole('checkbox', { name: PLAN_ITEM }).count()).toBe(1);
    expect(await group.getByRole('checkbox', { name: OTHER_ITEM }).count()).toBe(0);
    // The focus moved to the form; each option names its regime and provider.
    await poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(
      'Onderbouwing wijzigen:',
    );
    expect(
      await form.getByText('Bijzondere persoonsgegevens (gezondheid), van Parnassia Groep').count(),
    ).toBe(1);
    const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await audit(page, heading, 'nl-plan-onderbouwing-formulier');
    await page.getByRole('button', { name: 'English' }).click();
    await poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await audit(page, /^Case /, 'en-plan-onderbouwing-formulier');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nl');

    await group.getByRole('checkbox', { name: PLAN_ITEM }).check();
    await form.getByRole('button', { name: 'Onderbouwing opslaan' }).click();
    await poll(() =>
      page.getByRole('status').filter({ hasText: 'De onderbouwing van de actie is gewijzigd.' }).count(),
    ).toBe(1);
    const row = plan.getByRole('row').filter({ hasText: ACTION });
    const cited = row.getByRole('list', { name: `Informatie waarop de actie steunt: ${ACTION}` });
    await poll(() => cited.getByRole('link', { name: PLAN_ITEM }).count()).toBe(1);
    expect(await cited.getByText('Bijzondere persoonsgegevens (gezondheid)').count()).toBe(1);
    expect(await cited.getByText('niet meer bruikbaar in het plan van aanpak').count()).toBe(0);
    await audit(page, heading, 'nl-plan-onderbouwing-geciteerd');

    // 3. The GGZ no longer allows use in the plan: the plan says so, in words.
    const tightened = await apiCall(
      ggz.page,
      'POST',
      `/information-items/${(planItem.body as { id: string }).id}/conditions`,
      { visibility: 'all-participants', useInActionPlan: false },
      planItem.etag ?? undefined,
    );
    expect(tightened.status).toBe(200);
    await page.reload();
    await poll(() => cited.getByText('niet meer bruikbaar in het plan van aanpak').count()).toBe(1);
    await audit(page, heading, 'nl-plan-onderbouwing-niet-meer-bruikbaar');
    await page.getByRole('button', { name: 'English' }).click();
    await poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    const planEn = page.getByRole('table', { name: 'Actions of the action plan' });
    await poll(() => planEn.getByText('no longer usable in the action plan').count()).toBe(1);
    await audit(page, /^Case /, 'en-plan-onderbouwing-niet-meer-bruikbaar');
    await page.getByRole('button', { name: 'Nederlands' }).click();

    expect(await problemsOf(app.sessions)).toEqual([]);
  });
});
