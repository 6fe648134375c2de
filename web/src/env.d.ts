/**
 * Ambient types for the web build: Vite's client types (CSS and asset imports) and the
 * constants that vite.config.ts defines at build time.
 */
/// <reference types="vite/client" />

/** The Ketenhuis version from package.json. */
declare const __KETENHUIS_VERSION__: string;
