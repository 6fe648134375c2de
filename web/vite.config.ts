/**
 * Vite configuration for the Ketenhuis web shell (single-page app).
 *
 * The server serves the built files from dist/web under a strict Content-Security-Policy
 * (script-src 'self'; style-src 'self'), so the build must only emit external script and style
 * files: no inlined module-preload polyfill, no assets inlined as data: URLs.
 * TSX is compiled by Vite's built-in Oxc transform with React's automatic JSX runtime.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const apiTarget = 'http://localhost:3000';

export default defineConfig({
  root: webRoot,
  base: '/',
  publicDir: false,
  define: {
    __KETENHUIS_VERSION__: JSON.stringify(pkg.version),
  },
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'react' },
  },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Keep every asset (fonts, images) as a separate file: data: URLs would need a looser CSP.
    assetsInlineLimit: 0,
    cssCodeSplit: true,
    sourcemap: false,
    target: 'es2022',
    rolldownOptions: {
      onwarn(warning, defaultHandler) {
        // React libraries mark modules "use client"; meaningless in a client-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        defaultHandler(warning);
      },
      output: {
        // Libraries change less often than our code: separate chunks cache better.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            { name: 'nl-design-system', test: /node_modules[\\/]@utrecht[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/health': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/health': { target: apiTarget, changeOrigin: false },
    },
  },
});
