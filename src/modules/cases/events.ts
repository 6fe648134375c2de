/**
 * The case timeline (Art. 12.2a: the procesregisseur records the reasoning; the registering party
 * is told the outcome and advice). Notes are sealed with the case key. An event's audience is
 * 'case' (everyone with a role) or 'procesregisseur' (e.g. "already known in an open case").
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { newId, nowUtc } from '../../platform/ids.js';
import { seal } from './sealing.js';

/**
 * Every type of event the server records on a case's timeline (the web app labels each one:
 * test/unit/cases/event-labels.test.ts). recordEvent takes only these, so a new type must be
 * added here first — and then gets a label, or that test fails.
 */
export const CASE_EVENT_TYPES = [
  // Registration and assessment (Art. 1.7, 12.1, 12.2a).
  'registered',
  'submitted',
  'picked-up',
  'withdrawn',
  'taken-over',
  'accepted',
  'rejected',
  'already-known',
  // Triage (Art. 1.8, 1.14, 12.2b).
  'information-requested',
  'information-answered',
  'information-request-cancelled',
  'information-requests-closed',
  'triage-conference',
  'triage-advice',
  'triage-referral',
  // The case conference and its follow-up (Art. 8, 12.2c–e, 1.9).
  'conference-planned',
  'conference-rescheduled',
  'conference-cancelled',
  'conference-held',
  'follow-up-requested',
  // Execution and escalation (Art. 8.5, 11.3d, 13).
  'action-status-changed',
  'progress-reported',
  'escalated',
  'escalation-resolved',
  // De-escalation and the scrub (Art. 1.10).
  'deescalation-proposed',
  'deescalation-cancelled',
  'deescalation-approved',
  'deescalated',
  'scrubbed',
  // Disclosure to third parties (Art. 9.2).
  'disclosure-requested',
  'disclosure-item-approved',
  'disclosure-item-refused',
  'disclosure-cancelled',
  'disclosure-exported',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

export interface EventInput {
  type: CaseEventType;
  article: string;
  actorUserId: string | null;
  audience?: 'case' | 'procesregisseur';
  note?: string;
  advice?: string;
}

export async function recordEvent(
  trx: Transaction<Database>,
  key: Buffer,
  caseId: string,
  e: EventInput,
): Promise<void> {
  const id = newId();
  const body = e.note === undefined ? null : JSON.stringify({ note: e.note, advice: e.advice ?? null });
  await trx
    .insertInto('case_events')
    .values({
      id,
      case_id: caseId,
      at: nowUtc(),
      actor_user_id: e.actorUserId,
      type: e.type,
      article: e.article,
      audience: e.audience ?? 'case',
      note_enc: body === null ? null : seal(key, 'case_events', 'note', id, body),
    })
    .execute();
}
