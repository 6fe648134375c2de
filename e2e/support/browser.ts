/**
 * Browser helpers for the end-to-end tests: Debian's Chromium driven by playwright-core, an axe-core
 * accessibility check (WCAG 2.1 A/AA), full-page screenshots, and a collector for console errors,
 * uncaught page errors and Content-Security-Policy violations. Last, the setup most files share:
 * the built app and Chromium for a describe block, and demo users logged in, each in a context of
 * its own.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { REPO_ROOT, type RunningServer, startServer } from './server.js';

const require = createRequire(import.meta.url);

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's Chromium (apt-get install chromium) ` +
        'or point CHROMIUM_PATH at a Chromium/Chrome binary.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Collects everything on a page that points at a defect: console messages of type "error"
 * (Chromium reports CSP violations, failed resource loads and React errors there), uncaught
 * exceptions, and `securitypolicyviolation` events recorded by an init script (a second, more
 * direct signal for CSP violations than the console text).
 */
export interface PageProblems {
  readonly list: string[];
  /** Reads the CSP violations recorded in the page so far into `list`. */
  collect(): Promise<void>;
}

const CSP_LOG = '__ketenhuisCspViolations';

export async function trackProblems(page: Page): Promise<PageProblems> {
  const list: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location().url;
      list.push(`console error on ${page.url()}: ${message.text()}${where ? ` (${where})` : ''}`);
    }
  });
  page.on('pageerror', (error) => {
    list.push(`uncaught error on ${page.url()}: ${error.message}`);
  });
  // Runs through the DevTools protocol before any page script, so the CSP does not apply to it.
  await page.addInitScript((key: string) => {
    const g = globalThis as unknown as Record<string, unknown> & {
      addEventListener(type: string, listener: (event: Record<string, unknown>) => void): void;
    };
    const log: string[] = [];
    g[key] = log;
    g.addEventListener('securitypolicyviolation', (event) => {
      log.push(`${String(event.violatedDirective)} blocked ${String(event.blockedURI) || '(inline)'}`);
    });
  }, CSP_LOG);
  return {
    list,
    async collect() {
      if (page.isClosed()) return;
      const violations = await page
        .evaluate((key: string) => {
          const g = globalThis as unknown as Record<string, unknown>;
          const log = (g[key] as string[] | undefined) ?? [];
          return log.splice(0, log.length);
        }, CSP_LOG)
        .catch(() => [] as string[]);
      for (const v of violations) list.push(`CSP violation on ${page.url()}: ${v}`);
    },
  };
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  targets: string[];
}

let axeSource: string | undefined;

/**
 * Runs axe-core (WCAG 2.0/2.1 level A and AA rules) on the page and fails listing every violation.
 *
 * How axe gets into the page: the app's CSP (script-src 'self') blocks inline scripts, so
 * `page.addScriptTag({ content })` would be refused. We do not use `newContext({ bypassCSP: true })`
 * either, because then the tests could no longer notice CSP violations of the app itself. Instead
 * the source is run with `page.evaluate(source)`: that goes through the DevTools protocol
 * (Runtime.evaluate), which the page's CSP does not govern, and it leaves the policy in force for
 * everything the app does.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags: string[]) => {
    interface AxeResult {
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        helpUrl: string;
        nodes: { target: unknown[] }[];
      }[];
    }
    const g = globalThis as unknown as {
      document: unknown;
      axe: { run(context: unknown, options: unknown): Promise<AxeResult> };
    };
    const result = await g.axe.run(g.document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.slice(0, 3).map((n) => n.target.map(String).join(' ')),
    }));
  }, AXE_TAGS);
  if (violations.length > 0) {
    throw new Error(
      `axe found ${violations.length} WCAG 2.1 A/AA violation(s) on ${label} (${page.url()}):\n` +
        violations.map(formatViolation).join('\n'),
    );
  }
}

function formatViolation(v: AxeViolation): string {
  return `  - ${v.id} [${v.impact ?? 'unknown impact'}] ${v.help} (${v.helpUrl})\n      at ${v.targets.join('\n      at ')}`;
}

/** Saves a full-page PNG to test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The machine is shared and slow at times (argon2 at login): give the UI a while to answer. */
export const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });

/** Waits for the page's h1 and for its data (no "loading" left), then runs axe and saves a screenshot. */
export async function audit(page: Page, h1: string | RegExp, shot: string): Promise<void> {
  await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(h1);
  await poll(() => page.getByText(/Bezig met laden…|Loading…/).count()).toBe(0);
  await expectNoAxeViolations(page, shot);
  await screenshot(page, shot);
}

/** The password of every demo account (src/modules/identity/demo-users.ts). */
export const DEMO_PASSWORD = 'demo haaglanden lentebloesem';

/** A logged-in user: a browser context of its own, its page and that page's problems. */
export interface Session {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}

/**
 * Logs in the demo user `who` (`who@demo.ketenhuis.example`) in a new Dutch browser context whose
 * page's problems are tracked, and waits for the Overzicht.
 */
export async function login(
  browser: Browser,
  baseUrl: string,
  who: string,
  contextOptions: BrowserContextOptions = {},
): Promise<Session> {
  const context = await browser.newContext({ locale: 'nl-NL', ...contextOptions });
  const page = await context.newPage();
  const problems = await trackProblems(page);
  await page.goto(`${baseUrl}/inloggen`);
  await page.getByLabel('E-mailadres').fill(`${who}@demo.ketenhuis.example`);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Overzicht');
  return { context, page, problems };
}

/** The console errors, uncaught errors and CSP violations of these sessions so far. */
export async function problemsOf(sessions: readonly Session[]): Promise<string[]> {
  const problems: string[] = [];
  for (const s of sessions) {
    await s.problems.collect();
    problems.push(...s.problems.list);
  }
  return problems;
}

/** The built app and Chromium of a describe block (see appInBrowser). */
export interface AppInBrowser {
  /** Set before the first test. */
  readonly server: RunningServer;
  /** Set before the first test. */
  readonly browser: Browser;
  /** The sessions logged in through `login`, in order; their contexts are closed after the block. */
  readonly sessions: Session[];
  /** Logs in a demo user (see the function `login`) and keeps the session in `sessions`. */
  login(who: string, contextOptions?: BrowserContextOptions): Promise<Session>;
}

/**
 * Call in a describe block: starts the built app (a fresh demo database) and Chromium before its
 * tests, and afterwards closes the contexts of its sessions, the browser and the app.
 */
export function appInBrowser(): AppInBrowser {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('appInBrowser: used before its beforeAll ran');
    return value;
  };
  const app: AppInBrowser = {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    sessions: [],
    async login(who, contextOptions) {
      const s = await login(app.browser, app.server.baseUrl, who, contextOptions);
      app.sessions.push(s);
      return s;
    },
  };
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const s of app.sessions) await s.context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });
  return app;
}
