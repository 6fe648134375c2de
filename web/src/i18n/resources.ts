/**
 * The translation resources, assembled from one core file and one file per feature area so that
 * areas can grow without editing one shared file. Each area's keys live under its own top-level
 * key (`cases.…`, `governance.…`). Dutch is the reference: English must have the same keys
 * (keys.test.ts).
 */
import casesEn from './locales/cases.en.json';
import casesNl from './locales/cases.nl.json';
import en from './locales/en.json';
import governanceEn from './locales/governance.en.json';
import governanceNl from './locales/governance.nl.json';
import nl from './locales/nl.json';

export const nlResources = { ...nl, cases: casesNl, governance: governanceNl };
export const enResources: typeof nlResources = { ...en, cases: casesEn, governance: governanceEn };
