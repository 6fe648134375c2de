/**
 * The web shell in a real browser against the built app (demo mode, Haaglanden configuration):
 * navigation through the main menu, page headings and document titles, the skip link, the 404
 * page, the language switch (Dutch ⇄ English, remembered across a reload), the parties table and
 * its filter, and the DEMO banner. Every page is checked with axe (WCAG 2.1 A/AA) and saved as a
 * screenshot; every test fails on console errors, uncaught errors and CSP violations.
 *
 * Everything except /over and the login flow needs a login, so the tests log in through the login
 * form as the demo functioneel beheerder (demo accounts skip the second factor), who sees every
 * entry of the main menu, including Gebruikers and Huisinstellingen.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  appInBrowser,
  DEMO_PASSWORD,
  expectNoAxeViolations,
  type PageProblems,
  screenshot,
  trackProblems,
} from './support/browser.js';

/** From config/houses/haaglanden.yaml (house.shortName) and demo-users.ts. */
const SITE = 'ZVH Haaglanden';
const DEMO_EMAIL = 'beheer@demo.ketenhuis.example';
const PARTY_COUNT = 34;
const GEMEENTE_COUNT = 9;

interface ShellPage {
  /** Name of the link in the main menu. */
  nav: string;
  path: string;
  h1: string;
  /** Screenshot name. */
  shot: string;
  /** Accessible name (caption) of the table the page loads from the API, if any. */
  table?: string;
}

interface Language {
  code: 'nl' | 'en';
  navLabel: string;
  skipLink: string;
  languageGroup: string;
  login: { h1: string; email: string; password: string; submit: string };
  notFound: string;
  /** The main menu of the demo functioneel beheerder, in menu order. */
  pages: ShellPage[];
}

const NL: Language = {
  code: 'nl',
  navLabel: 'Hoofdmenu',
  skipLink: 'Direct naar de inhoud',
  languageGroup: 'Taal kiezen',
  login: { h1: 'Inloggen', email: 'E-mailadres', password: 'Wachtwoord', submit: 'Inloggen' },
  notFound: 'Pagina niet gevonden',
  pages: [
    { nav: 'Overzicht', path: '/', h1: 'Overzicht', shot: 'overzicht' },
    { nav: 'Aanmeldingen en casussen', path: '/casussen', h1: 'Aanmeldingen en casussen', shot: 'casussen' },
    { nav: 'Overleggen', path: '/overleggen', h1: 'Overleggen', shot: 'overleggen' },
    { nav: 'Expertisecentrum', path: '/expertisecentrum', h1: 'Expertisecentrum', shot: 'expertisecentrum' },
    { nav: 'Trends', path: '/trends', h1: 'Trends', shot: 'trends' },
    {
      nav: 'Partijen',
      path: '/partijen',
      h1: 'Partijen',
      shot: 'partijen',
      table: 'Partijen van het Zorg- en Veiligheidshuis',
    },
    {
      nav: 'Gebruikers',
      path: '/beheer/gebruikers',
      h1: 'Gebruikers',
      shot: 'gebruikers',
      table: 'Gebruikers van Ketenhuis',
    },
    { nav: 'Huisinstellingen', path: '/beheer/huis', h1: 'Huisinstellingen', shot: 'huisinstellingen-menu' },
    { nav: 'Single sign-on', path: '/beheer/sso', h1: 'Single sign-on', shot: 'sso-menu' },
    { nav: 'Over Ketenhuis', path: '/over', h1: 'Over Ketenhuis', shot: 'over' },
  ],
};

const EN: Language = {
  code: 'en',
  navLabel: 'Main menu',
  skipLink: 'Skip to main content',
  languageGroup: 'Choose language',
  login: { h1: 'Log in', email: 'Email address', password: 'Password', submit: 'Log in' },
  notFound: 'Page not found',
  pages: [
    { nav: 'Overview', path: '/', h1: 'Overview', shot: 'overzicht' },
    { nav: 'Registrations and cases', path: '/casussen', h1: 'Registrations and cases', shot: 'casussen' },
    { nav: 'Meetings', path: '/overleggen', h1: 'Meetings', shot: 'overleggen' },
    { nav: 'Expertise centre', path: '/expertisecentrum', h1: 'Expertise centre', shot: 'expertisecentrum' },
    { nav: 'Trends', path: '/trends', h1: 'Trends', shot: 'trends' },
    {
      nav: 'Parties',
      path: '/partijen',
      h1: 'Parties',
      shot: 'partijen',
      table: 'Parties of the Care and Safety House',
    },
    {
      nav: 'Users',
      path: '/beheer/gebruikers',
      h1: 'Users',
      shot: 'gebruikers',
      table: 'Users of Ketenhuis',
    },
    { nav: 'House settings', path: '/beheer/huis', h1: 'House settings', shot: 'huisinstellingen-menu' },
    { nav: 'Single sign-on', path: '/beheer/sso', h1: 'Single sign-on', shot: 'sso-menu' },
    { nav: 'About Ketenhuis', path: '/over', h1: 'About Ketenhuis', shot: 'over' },
  ],
};

const mainNav = (page: Page, lang: Language) => page.getByRole('navigation', { name: lang.navLabel });
const navLink = (page: Page, lang: Language, name: string) =>
  mainNav(page, lang).getByRole('link', { name, exact: true });
const heading1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** True when the element has the keyboard focus. */
function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === el.ownerDocument.activeElement);
}

const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');

/** The page shows exactly one h1 with this text, and the document title names it and the house. */
async function expectPage(page: Page, h1: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: h1, exact: true }).waitFor({ state: 'visible' });
  expect(await heading1(page).count(), 'exactly one h1').toBe(1);
  await expect.poll(() => page.title(), { timeout: 10_000 }).toBe(`${h1} – ${SITE}`);
}

/** Full-page checks: axe clean, screenshot. */
async function auditPage(page: Page, label: string, shot: string): Promise<void> {
  await expectNoAxeViolations(page, label);
  await screenshot(page, shot);
}

/**
 * Logs in through the login form as the demo functioneel beheerder. Without a `next` page in the
 * address the app lands on the dashboard, which is checked here.
 */
async function logIn(page: Page, lang: Language, expectDashboard = true): Promise<void> {
  if (!page.url().includes('/inloggen')) await page.goto('/inloggen');
  await expectPage(page, lang.login.h1);
  await page.getByLabel(lang.login.email, { exact: true }).fill(DEMO_EMAIL);
  await page.getByLabel(lang.login.password, { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: lang.login.submit, exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
  if (expectDashboard) {
    await expectPage(page, lang.pages[0]?.h1 ?? '');
    expect(new URL(page.url()).pathname).toBe('/');
  }
}

/** Follows a main-menu link and checks where it leads; returns after the page has settled. */
async function followNav(page: Page, lang: Language, target: ShellPage): Promise<void> {
  const link = navLink(page, lang, target.nav);
  await link.click();
  await page.waitForURL((url) => url.pathname === target.path);
  await expectPage(page, target.h1);
  expect(await link.getAttribute('aria-current'), `${target.nav} is marked as the current page`).toBe('page');
  // After client-side navigation the app moves focus to the new h1 (announced by screen readers).
  await expect.poll(() => isFocused(heading1(page)), { timeout: 5_000 }).toBe(true);
  // Pages that load a table: wait for its data, so that axe and the screenshot see it.
  if (target.table) {
    await page
      .getByRole('table', { name: target.table, exact: true })
      .getByRole('rowheader')
      .first()
      .waitFor();
  }
}

describe('web shell', () => {
  const app = appInBrowser();
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;

  beforeEach(async () => {
    // A new context per test: no cookies (session) or localStorage (language) carry over.
    context = await app.browser.newContext({
      baseURL: app.server.baseUrl,
      viewport: { width: 1280, height: 800 },
    });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
    problems = await trackProblems(page);
  });

  afterEach(async () => {
    await problems.collect();
    await context.close();
    expect(problems.list, 'console errors, page errors or CSP violations').toEqual([]);
  });

  it('shows the login page in Dutch to an anonymous visitor, with the public menu and the DEMO banner', async () => {
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/inloggen');
    await expectPage(page, NL.login.h1);
    expect(await htmlLang(page)).toBe('nl');

    // Logged out, the menu offers only the public page.
    const links = await mainNav(page, NL).getByRole('link').allInnerTexts();
    expect(links.map((l) => l.trim())).toEqual(['Over Ketenhuis']);

    const banner = page.getByRole('note').filter({ hasText: 'DEMO' });
    await banner.waitFor({ state: 'visible' });
    expect(await banner.textContent()).toContain('Dit is een demonstratieomgeving met verzonnen gegevens.');

    await auditPage(page, 'Inloggen (nl)', 'nl-inloggen');
  });

  it('opens every page of the main menu in Dutch, each with its h1, title and no axe violations', async () => {
    await logIn(page, NL);
    await expect
      .poll(() => mainNav(page, NL).getByRole('link').allInnerTexts())
      .toEqual(NL.pages.map((p) => p.nav));
    // The demo account gets the extra DEMO notice about the skipped second factor.
    expect(await page.getByRole('note').filter({ hasText: 'DEMO' }).textContent()).toContain('demo-account');
    await auditPage(page, 'Overzicht (nl)', 'nl-overzicht');

    // From the dashboard through the rest of the menu in order, then back to the dashboard.
    const [dashboard, ...rest] = NL.pages;
    for (const target of [...rest, dashboard as ShellPage]) {
      await followNav(page, NL, target);
      if (target.path !== '/') await auditPage(page, `${target.h1} (nl)`, `nl-${target.shot}`);
    }
  });

  it('has a skip link as the first focusable element that moves focus and scroll to main', async () => {
    // A low window, so that the page scrolls and the effect of the skip link can be seen.
    await page.setViewportSize({ width: 1280, height: 400 });
    await logIn(page, NL);
    await page.reload();
    await expectPage(page, 'Overzicht');

    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: NL.skipLink, exact: true });
    expect(await isFocused(skipLink), 'the first Tab focuses the skip link').toBe(true);
    // Visually hidden until focused, it must be visible once it has the focus (WCAG 2.4.7).
    const box = await skipLink.boundingBox();
    expect(
      box && box.width > 1 && box.height > 1,
      `skip link visible when focused (box ${JSON.stringify(box)})`,
    ).toBe(true);

    await page.keyboard.press('Enter');
    const main = page.getByRole('main');
    await expect.poll(() => isFocused(main), { timeout: 5_000 }).toBe(true);
    const scrollState = () =>
      page.evaluate(() => {
        const g = globalThis as unknown as {
          scrollY: number;
          innerHeight: number;
          document: {
            documentElement: { scrollHeight: number };
            getElementById(id: string): { getBoundingClientRect(): { top: number } } | null;
          };
        };
        const top = g.document.getElementById('main-content')?.getBoundingClientRect().top ?? Number.NaN;
        const maxScroll = g.document.documentElement.scrollHeight - g.innerHeight;
        const mainTop = top + g.scrollY;
        // How far the window is from showing main at its top (or from the bottom of the page).
        return {
          scrollY: g.scrollY,
          mainTop,
          offBy: Math.round(Math.abs(g.scrollY - Math.min(mainTop, maxScroll))),
        };
      });
    // Scrolling may be smooth (CSS scroll-behavior), so wait for it to arrive.
    await expect.poll(async () => (await scrollState()).offBy, { timeout: 5_000 }).toBeLessThanOrEqual(2);
    const scroll = await scrollState();
    expect(scroll.mainTop, 'main starts below the header').toBeGreaterThan(0);
    expect(scroll.scrollY, 'the window has scrolled down to main').toBeGreaterThan(0);
    expect(new URL(page.url()).hash, 'no fragment in the address bar').toBe('');
  });

  it('shows the 404 page for an unknown address, and sends anonymous visitors to the login page', async () => {
    await page.goto('/bestaat-niet');
    await page.waitForURL((url) => url.pathname === '/inloggen');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/bestaat-niet');

    // After logging in the app continues to the address asked for: the 404 page.
    await logIn(page, NL, false);
    expect(new URL(page.url()).pathname).toBe('/bestaat-niet');
    await expectPage(page, NL.notFound);
    await page.getByRole('link', { name: 'Naar het overzicht', exact: true }).waitFor();
    await auditPage(page, '404 (nl)', 'nl-404');
  });

  it('lists the 34 parties and filters them by kind', async () => {
    await logIn(page, NL);
    await followNav(page, NL, NL.pages.find((p) => p.path === '/partijen') as ShellPage);

    const table = page.getByRole('table', { name: 'Partijen van het Zorg- en Veiligheidshuis' });
    const rows = table.getByRole('rowheader');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(PARTY_COUNT);
    await page
      .getByRole('status')
      .filter({ hasText: `${PARTY_COUNT} partijen` })
      .waitFor();

    await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Gemeente' });
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(GEMEENTE_COUNT);
    await page
      .getByRole('status')
      .filter({ hasText: `${GEMEENTE_COUNT} van ${PARTY_COUNT} partijen getoond` })
      .waitFor();
    expect(new URL(page.url()).searchParams.get('kind')).toBe('gemeente');
    // Column 2 is Soort: every row left is a municipality.
    const kinds = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          (tr as unknown as { cells: { textContent: string | null }[] }).cells[1]?.textContent?.trim(),
        ),
      );
    expect(kinds).toEqual(Array(GEMEENTE_COUNT).fill('Gemeente'));
    await auditPage(page, 'Partijen gefilterd op gemeente (nl)', 'nl-partijen-gemeente');

    // The filter is in the address: a reload keeps it.
    await page.reload();
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(GEMEENTE_COUNT);

    await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Alle' });
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(PARTY_COUNT);
    expect(new URL(page.url()).searchParams.get('kind')).toBeNull();
  });

  it('switches to English with the header control, remembers it after a reload, and stays accessible', async () => {
    await page.goto('/inloggen');
    await expectPage(page, NL.login.h1);
    expect(await htmlLang(page)).toBe('nl');

    const english = page
      .getByRole('group', { name: NL.languageGroup })
      .getByRole('button', { name: 'English' });
    expect(await english.getAttribute('aria-pressed')).toBe('false');
    await english.click();

    await expectPage(page, EN.login.h1);
    expect(await htmlLang(page)).toBe('en');
    await mainNav(page, EN).waitFor();
    expect(await mainNav(page, NL).count(), 'no Dutch menu left').toBe(0);
    const switchGroup = page.getByRole('group', { name: EN.languageGroup });
    expect(await switchGroup.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await switchGroup.getByRole('button', { name: 'Nederlands' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    await auditPage(page, 'Log in (en)', 'en-inloggen');

    await logIn(page, EN);
    await expect
      .poll(() => mainNav(page, EN).getByRole('link').allInnerTexts())
      .toEqual(EN.pages.map((p) => p.nav));

    // The choice survives a reload (localStorage), including <html lang>.
    await page.reload();
    await expectPage(page, 'Overview');
    expect(await htmlLang(page)).toBe('en');
    await page.getByRole('link', { name: EN.skipLink, exact: true }).waitFor({ state: 'attached' });
    await auditPage(page, 'Overview (en)', 'en-overzicht');

    const [dashboard, ...rest] = EN.pages;
    for (const target of [...rest, dashboard as ShellPage]) {
      await followNav(page, EN, target);
      if (target.path !== '/') await auditPage(page, `${target.h1} (en)`, `en-${target.shot}`);
    }

    await page.goto('/does-not-exist');
    await expectPage(page, EN.notFound);
    expect(await htmlLang(page)).toBe('en');
    await auditPage(page, '404 (en)', 'en-404');
  });
});
