/**
 * The dossier's contents for the scrub (Art. 1.10: "geschoond van alle niet langer noodzakelijke
 * informatie"): each kind of element, how to list it (with a short label, and a preview where the
 * text is the case's own registration data) and how to remove it. Removing deletes the row, or —
 * where a row carries the case's structure (the case itself, a conference, a timeline event) —
 * deletes its texts. Add a source here when a new kind of case content is stored.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { itemScrubSource } from '../../information/scrub-source.js';
import { coreSources } from './element-core.js';
import { flowSources } from './element-flow.js';
import type { Source } from './element-source.js';

export const elementTypes = [
  'registration',
  'person',
  'question',
  'timeline-note',
  'information-request',
  'triage-outcome',
  'conference-record',
  'assignment-reason',
  'party-role',
  'action',
  'progress-report',
  'escalation',
  // Issue 6: information items, item by item (src/modules/information/scrub-source.ts).
  'information-item',
] as const;
export type ElementType = (typeof elementTypes)[number];

export interface Element {
  type: ElementType;
  id: string;
  label: string;
  preview: string | null;
}

export const sources: Record<ElementType, Source> = {
  ...coreSources,
  ...flowSources,
  'information-item': itemScrubSource,
};

/** Every element of the dossier, in a stable order. */
export async function listElements(trx: Kysely<Database>, key: Buffer, caseId: string): Promise<Element[]> {
  const out: Element[] = [];
  for (const type of elementTypes) {
    for (const e of await sources[type].list(trx, key, caseId)) out.push({ type, ...e });
  }
  return out;
}
