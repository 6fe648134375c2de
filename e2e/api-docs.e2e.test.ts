/**
 * The API documentation (/api/docs): Swagger UI renders the OpenAPI document under the server's
 * own Content-Security-Policy, without console errors or CSP violations.
 *
 * No axe run here: Swagger UI is third-party markup (the @fastify/swagger-ui bundle) that we
 * neither write nor can fix in this repository, and it has long-standing accessibility issues
 * upstream. Failing on those would say nothing about Ketenhuis' own interface; the accessible
 * description of the API is the OpenAPI document itself (GET /api/v1/openapi.json).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appInBrowser, type PageProblems, screenshot, trackProblems } from './support/browser.js';

describe('API documentation (/api/docs)', () => {
  const app = appInBrowser();
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;

  beforeEach(async () => {
    context = await app.browser.newContext({ baseURL: app.server.baseUrl });
    page = await context.newPage();
    problems = await trackProblems(page);
  });

  afterEach(async () => {
    await problems.collect();
    await context.close();
    expect(problems.list, 'console errors, page errors or CSP violations').toEqual([]);
  });

  it('renders Swagger UI with the Ketenhuis API and its operations', async () => {
    const response = await page.goto('/api/docs');
    expect(response?.ok(), `GET /api/docs answered ${response?.status()}`).toBe(true);
    expect(response?.headers()['content-security-policy'], 'Swagger UI is served under a CSP').toMatch(
      /script-src 'self'/,
    );

    const title = page.getByRole('heading', { name: /^Ketenhuis API\b/ });
    await title.waitFor({ state: 'visible' });
    expect(await title.textContent()).toMatch(/^Ketenhuis API/);

    // The spec was really loaded and rendered: the first tag's operation is listed. (Swagger UI
    // renders a long document progressively, so an operation further down may not exist yet.)
    const houseOperation = page.locator('.opblock-summary-path', { hasText: '/house' }).first();
    await houseOperation.waitFor({ state: 'visible' });
    // Swagger UI shows a red error box when it cannot load or parse the document.
    expect(await page.locator('.errors-wrapper').count()).toBe(0);

    await screenshot(page, 'api-docs');
  });
});
