/**
 * Scrub sources for the contents of triage, conferences and execution (Art. 1.8, 8.4, 11.3d, 13):
 * information requests, the triage outcome, conference texts, party roles, actions, progress
 * reports and escalations. A conference stays as a fact; its texts are removed.
 */
import { seal, unseal } from '../sealing.js';
import { byCaseAndId, caseRows, excerpt, type Source, updateCaseRow } from './element-source.js';

export const flowSources: Record<
  | 'information-request'
  | 'triage-outcome'
  | 'conference-record'
  | 'party-role'
  | 'action'
  | 'progress-report'
  | 'escalation',
  Source
> = {
  'information-request': {
    list: async (trx, _key, caseId) =>
      (
        await caseRows(trx, 'case_information_requests', caseId, ['id', 'party_id', 'status', 'created_at'], {
          orderBy: 'created_at',
        })
      ).map((r) => ({
        id: r.id,
        label: `Bevraging (${r.status}, ${r.created_at.slice(0, 10)}) aan partij ${r.party_id}`,
        preview: null,
      })),
    remove: byCaseAndId('case_information_requests'),
  },
  'triage-outcome': {
    list: async (trx, _key, caseId) =>
      (await caseRows(trx, 'case_triage_outcomes', caseId, ['case_id', 'route', 'decided_at'])).map((r) => ({
        id: r.case_id,
        label: `Uitkomst van de triage (${r.route}, ${r.decided_at.slice(0, 10)})`,
        preview: null,
      })),
    remove: async (trx, _key, caseId) => {
      await trx.deleteFrom('case_triage_outcomes').where('case_id', '=', caseId).execute();
    },
  },
  'conference-record': {
    list: async (trx, key, caseId) =>
      (
        await caseRows(trx, 'case_conferences', caseId, ['id', 'sequence', 'starts_at', 'goal_enc'], {
          orderBy: 'sequence',
        })
      )
        .map((r) => ({ ...r, goal: unseal(key, 'case_conferences', 'goal', r.id, r.goal_enc) }))
        .filter((r) => r.goal !== '')
        .map((r) => ({
          id: r.id,
          label: `Casusoverleg ${r.sequence} (${r.starts_at.slice(0, 10)}): doel, thema's, gevraagde bijdragen, plaats, verslag`,
          preview: excerpt(r.goal),
        })),
    // The conference stays as a fact (date, parties, criteria, decisions taken); its texts go.
    remove: async (trx, key, caseId, id) => {
      const s = (column: string, value: string) => seal(key, 'case_conferences', column, id, value);
      await updateCaseRow(trx, 'case_conferences', caseId, 'id', id, {
        goal_enc: s('goal', ''),
        decision_types_enc: s('decision_types', '[]'),
        themes_enc: s('themes', '[]'),
        minutes_enc: null,
        location_enc: null,
        online_link_enc: null,
        cancel_reason_enc: null,
      });
      const parties = await trx
        .selectFrom('case_conference_parties')
        .select('party_id')
        .where('conference_id', '=', id)
        .execute();
      for (const { party_id } of parties) {
        const place = `${id}:${party_id}`;
        await trx
          .updateTable('case_conference_parties')
          .set({ contribution_enc: seal(key, 'case_conference_parties', 'contribution', place, '') })
          .where('conference_id', '=', id)
          .where('party_id', '=', party_id)
          .execute();
      }
    },
  },
  'party-role': {
    list: async (trx, _key, caseId) =>
      (await caseRows(trx, 'case_party_roles', caseId, ['party_id'])).map((r) => ({
        id: r.party_id,
        label: `Rol en informatiebehoefte van partij ${r.party_id}`,
        preview: null,
      })),
    remove: byCaseAndId('case_party_roles', 'party_id'),
  },
  action: {
    list: async (trx, key, caseId) =>
      (
        await caseRows(
          trx,
          'case_actions',
          caseId,
          ['id', 'owner_party_id', 'due_date', 'status', 'description_enc'],
          {
            orderBy: 'due_date',
          },
        )
      ).map((r) => ({
        id: r.id,
        label: `Actie van partij ${r.owner_party_id} (${r.status}, uiterlijk ${r.due_date})`,
        preview: excerpt(unseal(key, 'case_actions', 'description', r.id, r.description_enc)),
      })),
    remove: byCaseAndId('case_actions'),
  },
  'progress-report': {
    list: async (trx, key, caseId) =>
      (await caseRows(trx, 'case_progress_reports', caseId, ['id', 'at', 'text_enc'], { orderBy: 'at' })).map(
        (r) => ({
          id: r.id,
          label: `Voortgangsrapportage (${r.at.slice(0, 10)})`,
          preview: excerpt(unseal(key, 'case_progress_reports', 'text', r.id, r.text_enc)),
        }),
      ),
    remove: byCaseAndId('case_progress_reports'),
  },
  escalation: {
    list: async (trx, key, caseId) =>
      (
        await caseRows(trx, 'case_escalations', caseId, ['id', 'escalated_at', 'reason_enc'], {
          orderBy: 'escalated_at',
        })
      ).map((r) => ({
        id: r.id,
        label: `Opschaling (${r.escalated_at.slice(0, 10)})`,
        preview: excerpt(unseal(key, 'case_escalations', 'reason', r.id, r.reason_enc)),
      })),
    remove: byCaseAndId('case_escalations'),
  },
};
