#!/usr/bin/env node
// The `ketenhuis` command. Runs the compiled code in dist/ (built by `npm run build` / `npm start`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('ketenhuis: nog niet gebouwd. Voer eerst `npm run build` uit (of `npm start`).');
  process.exit(1);
}
const { main } = await import(entry.href);
await main(process.argv);
