/**
 * The Haaglanden demo data beyond the demo accounts: invented cases in every phase the case flow
 * reaches (issue 5 §12). `ketenhuis seed --demo` and `ketenhuis serve` in demo mode call it.
 */
export { type DemoSeedResult, seedDemoCases } from './seed-cases.js';
