import { test } from 'vitest';
import { launchBrowser, trackProblems } from './support/browser.js';
import { startServer } from './support/server.js';

test('smoke', async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const p = await trackProblems(page);
    await page.goto(server.baseUrl + '/partijen');
    await page.waitForTimeout(3000);
    console.log((await page.content()).slice(0, 3000));
    await p.collect();
    console.log('problems', p.list);
  } finally {
    await browser.close();
    await server.stop();
  }
}, 120000);
