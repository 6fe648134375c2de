/**
 * Scrub sources for the case's own contents (Art. 1.7, 1.10, 12): the registration texts, the
 * persons, the assessment thread, notes on the timeline and take-over reasons. The case row and
 * its events stay as facts; their texts are removed.
 */
import { seal, unseal, unsealOrNull } from '../sealing.js';
import { byCaseAndId, caseRows, clearingOnCaseRow, excerpt, type Source } from './element-source.js';

export const coreSources: Record<
  'registration' | 'person' | 'question' | 'timeline-note' | 'assignment-reason',
  Source
> = {
  registration: {
    list: async (trx, key, caseId) => {
      const c = await trx
        .selectFrom('cases')
        .select(['reason_enc'])
        .where('id', '=', caseId)
        .executeTakeFirstOrThrow();
      const reason = unseal(key, 'cases', 'reason', caseId, c.reason_enc);
      return reason === ''
        ? []
        : [{ id: caseId, label: 'Aanleiding, doel en betrokken partners', preview: excerpt(reason) }];
    },
    remove: async (trx, key, caseId) => {
      const s = (column: string, value: string) => seal(key, 'cases', column, caseId, value);
      await trx
        .updateTable('cases')
        .set({
          reason_enc: s('reason', ''),
          goal_enc: s('goal', ''),
          partners_involved_enc: s('partners_involved', '[]'),
          not_informed_reason_enc: null,
        })
        .where('id', '=', caseId)
        .execute();
    },
  },
  person: {
    list: async (trx, key, caseId) =>
      (
        await caseRows(trx, 'case_persons', caseId, ['id', 'name_enc', 'birth_date_enc'], {
          orderBy: 'position',
        })
      ).map((r) => ({
        id: r.id,
        label: 'Betrokkene',
        preview: `${unseal(key, 'case_persons', 'name', r.id, r.name_enc)} (${unseal(key, 'case_persons', 'birth_date', r.id, r.birth_date_enc)})`,
      })),
    remove: byCaseAndId('case_persons'),
  },
  question: {
    list: async (trx, key, caseId) =>
      (await caseRows(trx, 'case_questions', caseId, ['id', 'at', 'text_enc'], { orderBy: 'at' })).map(
        (r) => ({
          id: r.id,
          label: `Vraag in de beoordeling (${r.at.slice(0, 10)})`,
          preview: excerpt(unseal(key, 'case_questions', 'text', r.id, r.text_enc)),
        }),
      ),
    remove: byCaseAndId('case_questions'),
  },
  'timeline-note': {
    list: async (trx, key, caseId) =>
      (
        await caseRows(trx, 'case_events', caseId, ['id', 'at', 'type', 'note_enc'], {
          present: 'note_enc',
          orderBy: 'at',
        })
      ).map((r) => {
        const body = JSON.parse(unsealOrNull(key, 'case_events', 'note', r.id, r.note_enc) ?? '{}');
        const text = [body.note, body.advice].filter((x) => typeof x === 'string' && x).join(' — ');
        return {
          id: r.id,
          label: `Toelichting bij ${r.type} (${r.at.slice(0, 10)})`,
          preview: excerpt(text),
        };
      }),
    remove: clearingOnCaseRow('case_events', 'id', { note_enc: null }),
  },
  'assignment-reason': {
    list: async (trx, _key, caseId) =>
      (
        await caseRows(trx, 'case_procesregisseurs', caseId, ['user_id', 'assigned_at'], {
          present: 'reason_enc',
          orderBy: 'assigned_at',
        })
      ).map((r) => ({
        id: r.user_id,
        label: `Reden van overname van de procesregie (${r.assigned_at.slice(0, 10)})`,
        preview: null,
      })),
    remove: clearingOnCaseRow('case_procesregisseurs', 'user_id', { reason_enc: null }),
  },
};
