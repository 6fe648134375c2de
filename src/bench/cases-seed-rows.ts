/**
 * The rows of one benchmark case from triage on, sealed as the app seals them (same tables,
 * columns and AAD as triage/outcome-command.ts, conference/plan-command.ts and hold-command.ts):
 * the triage outcome (Art. 1.8), the conference with its invited parties and named participants
 * (Art. 8.2, 12.2e), the coordinator (Art. 13), the action plan and party roles (Art. 8.4b–c)
 * and the de-escalation proposal (Art. 1.10). Plain objects: cases-seed.ts writes them.
 */
import { seal } from '../modules/cases/sealing.js';
import { newId } from '../platform/ids.js';
import type { BenchCase } from './cases-plan.js';

export type Row = Record<string, string | number | null>;
export type TableRows = [table: string, row: Row][];

const HOUR_MS = 3_600_000;

export function flowRows(key: Buffer, c: BenchCase, decidedAt: string): TableRows {
  const out: TableRows = [];
  const conf = c.conference;
  if (c.triageRoute && c.regisseur) {
    const o = (column: string, value: string) => seal(key, 'case_triage_outcomes', column, c.id, value);
    out.push([
      'case_triage_outcomes',
      {
        case_id: c.id,
        route: c.triageRoute,
        goal_enc: o('goal', 'Stabiele woonsituatie en passende zorg.'),
        themes_enc: o('themes', JSON.stringify(['wonen', 'schulden'])),
        party_ids: JSON.stringify(conf ? conf.invitations.map((i) => i.partyId) : []),
        advice_enc:
          c.triageRoute === 'advice' ? o('advice', 'Advies aan de melder; geen overleg nodig.') : null,
        decided_by_user_id: c.regisseur,
        decided_at: decidedAt,
      },
    ]);
  }
  if (!conf || !c.regisseur) return out;
  const s = (column: string, value: string) => seal(key, 'case_conferences', column, conf.id, value);
  const held = conf.status === 'held';
  out.push([
    'case_conferences',
    {
      id: conf.id,
      case_id: c.id,
      sequence: 1,
      starts_at: conf.startsAt,
      ends_at: new Date(Date.parse(conf.startsAt) + 2 * HOUR_MS).toISOString(),
      location_enc: s('location', 'Zorg- en Veiligheidshuis, vergaderzaal 2'),
      online_link_enc: null,
      goal_enc: s('goal', 'Een gezamenlijk plan van aanpak vaststellen.'),
      decision_types_enc: s('decision_types', JSON.stringify(['plan van aanpak', 'casuscoördinator'])),
      themes_enc: s('themes', JSON.stringify(['wonen', 'schulden'])),
      status: conf.status,
      minutes_enc: held ? s('minutes', 'Plan van aanpak vastgesteld; casuscoördinator benoemd.') : null,
      deescalation_criteria_enc: held
        ? s('deescalation_criteria', 'Stabiele woonsituatie, zorg loopt.')
        : null,
      cancel_reason_enc: null,
      planned_by_user_id: c.regisseur,
      held_at: held ? conf.startsAt : null,
      created_at: decidedAt,
      updated_at: held ? conf.startsAt : decidedAt,
      version: held ? 2 : 1,
    },
  ]);
  for (const inv of conf.invitations) {
    const place = `${conf.id}:${inv.partyId}`;
    out.push([
      'case_conference_parties',
      {
        conference_id: conf.id,
        party_id: inv.partyId,
        contribution_enc: seal(key, 'case_conference_parties', 'contribution', place, 'Informatie en inzet.'),
      },
    ]);
    out.push([
      'case_conference_participants',
      {
        conference_id: conf.id,
        case_id: c.id,
        user_id: inv.participant.id,
        party_id: inv.partyId,
        attendance: held ? 'present' : null,
      },
    ]);
  }
  if (!held || !c.coordinator) return out;
  out.push([
    'case_coordinators',
    {
      case_id: c.id,
      user_id: c.coordinator.id,
      party_id: c.coordinator.partyId,
      conference_id: conf.id,
      appointed_at: conf.startsAt,
    },
  ]);
  for (const a of c.actions)
    out.push([
      'case_actions',
      {
        id: a.id,
        case_id: c.id,
        conference_id: conf.id,
        owner_party_id: a.ownerPartyId,
        description_enc: seal(
          key,
          'case_actions',
          'description',
          a.id,
          'Huisbezoek en afspraken vastleggen.',
        ),
        due_date: a.dueDate,
        status: a.status,
        created_at: conf.startsAt,
        updated_at: conf.startsAt,
        version: 1,
      },
    ]);
  for (const inv of conf.invitations) {
    const place = `${c.id}:${inv.partyId}`;
    out.push([
      'case_party_roles',
      {
        case_id: c.id,
        party_id: inv.partyId,
        conference_id: conf.id,
        role_enc: seal(key, 'case_party_roles', 'role', place, 'Uitvoeren van de eigen acties.'),
        information_needs_enc: seal(key, 'case_party_roles', 'information_needs', place, 'Voortgang.'),
        updated_at: conf.startsAt,
      },
    ]);
  }
  if (c.deescalation) {
    const id = newId();
    const approved = c.deescalation === 'approved';
    const at = new Date(Date.parse(conf.startsAt) + 24 * HOUR_MS).toISOString();
    out.push([
      'case_deescalations',
      {
        id,
        case_id: c.id,
        status: c.deescalation,
        proposed_by_user_id: c.coordinator.id,
        proposed_at: at,
        conference_id: conf.id,
        evaluation_enc: seal(key, 'case_deescalations', 'evaluation', id, 'De criteria zijn bereikt.'),
        procesregisseur_user_id: approved ? c.regisseur : null,
        procesregisseur_at: approved ? at : null,
        coordinator_user_id: approved ? c.coordinator.id : null,
        coordinator_at: approved ? at : null,
      },
    ]);
  }
  return out;
}
