/**
 * Vitest configuration for the end-to-end tests (e2e/): the built app in a child process, driven
 * through Debian's Chromium. One file at a time in a single forked worker: each file starts its
 * own server and browser, and the timings are those of a real browser, hence the long timeouts.
 * Run with `npm run test:e2e` (builds first).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
