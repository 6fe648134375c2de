/**
 * The case timeline (Art. 12.2a: the procesregisseur records the reasoning; the registering party
 * is told the outcome and advice). Notes are sealed with the case key. An event's audience is
 * 'case' (everyone with a role) or 'procesregisseur' (e.g. "already known in an open case").
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { newId, nowUtc } from '../../platform/ids.js';
import { seal } from './sealing.js';

export interface EventInput {
  type: string;
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
