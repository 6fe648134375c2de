/**
 * Login, second factor and logout in a real browser (issue 3 acceptance): a new user, created by
 * functioneel beheer with a temporary password, logs in, sets up TOTP from the secret on the page,
 * stores the recovery codes, replaces the temporary password, logs out, and logs in again with
 * password and a fresh TOTP code. Every page is checked with axe and saved as a screenshot.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { currentStep, totpCode } from '../src/modules/identity/rules/totp.js';
import {
  appInBrowser,
  DEMO_PASSWORD,
  expectNoAxeViolations,
  screenshot,
  trackProblems,
} from './support/browser.js';

const USER = { email: 'nieuwe.collega@e2e.ketenhuis.example', name: 'Noor de Nieuwe' };
const TEMPORARY = 'tijdelijk wachtwoord zeven';
const CHOSEN = 'zelf gekozen lange wachtzin';

/** Creates the user through the API as the demo functioneel beheerder (the UI form has its own tests). */
async function createUser(base: string): Promise<void> {
  const login = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'beheer@demo.ketenhuis.example', password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/v1/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({
      email: USER.email,
      displayName: USER.name,
      partyId: null,
      roles: ['secretaris'],
      initialPassword: TEMPORARY,
    }),
  });
  expect(res.status).toBe(201);
}

async function audit(page: Page, h1: string, shot: string) {
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(h1);
  await expectNoAxeViolations(page, shot);
  await screenshot(page, shot);
}

async function fillLogin(page: Page, password: string) {
  await page.getByLabel('E-mailadres').fill(USER.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

describe('login with a second factor, in Chromium', () => {
  const app = appInBrowser();
  beforeAll(async () => {
    await createUser(app.server.baseUrl);
  });

  it('enrols TOTP, replaces the temporary password, logs out and logs in again', async () => {
    const context = await app.browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    const problems = await trackProblems(page);

    await page.goto(`${app.server.baseUrl}/inloggen`);
    await audit(page, 'Inloggen', 'identity-login');
    await fillLogin(page, TEMPORARY);

    // Step 1: set up the authenticator app from the key shown on the page.
    await audit(page, 'Tweestapsverificatie instellen', 'identity-totp-enrol');
    const secret = ((await page.locator('.ketenhuis-secret code').textContent()) ?? '').replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32,}$/);
    await page.getByLabel('Code uit de authenticator-app').fill(totpCode(secret, currentStep(Date.now())));
    await page.getByRole('button', { name: 'Bevestigen' }).click();

    // Step 2: the recovery codes, shown once.
    await expect.poll(() => page.getByRole('heading', { name: 'Bewaar uw herstelcodes' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'identity-recovery-codes');
    await screenshot(page, 'identity-recovery-codes');
    await page.getByRole('button', { name: 'Ik heb de codes veilig bewaard, verder' }).click();

    // Step 3: the temporary password must be replaced before anything else.
    await audit(page, 'Wachtwoord wijzigen', 'identity-password-change');
    await page.getByLabel('Huidig wachtwoord').fill(TEMPORARY);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(CHOSEN);
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(CHOSEN);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Overzicht');
    await expectNoAxeViolations(page, 'identity-after-change');

    // Log out: back at the login page, and the session is gone.
    await page.getByRole('button', { name: 'Uitloggen' }).first().click();
    await audit(page, 'Inloggen', 'identity-logged-out');
    const state = await page.evaluate(async () => (await fetch('/api/v1/session')).json());
    expect(state).toEqual({ authenticated: false });

    // Log in again: password, then a fresh code (the next time step; the last one was used).
    await fillLogin(page, CHOSEN);
    await audit(page, 'Tweestapsverificatie', 'identity-second-factor');
    await page
      .getByLabel('Code uit de authenticator-app')
      .fill(totpCode(secret, currentStep(Date.now()) + 1));
    await page.getByRole('button', { name: 'Doorgaan' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Overzicht');
    await screenshot(page, 'identity-logged-in');

    await problems.collect();
    // Failed logins answer 401 on purpose; nothing else may go wrong.
    expect(problems.list.filter((p) => !/401 \(Unauthorized\)/.test(p))).toEqual([]);
    await context.close();
  });
});
