/**
 * Reading case conferences (Art. 8, 12.2c–e, 13): each conference decrypted with the case key —
 * planning, invited parties with their contribution and named participants with attendance, and
 * for a held conference its record (coordinator, actions with the information items they cite as
 * far as the caller may see them now (Art. 16.2), roles and information needs, de-escalation
 * criteria, minutes). The list is logged per person before the response leaves.
 */
import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.js';
import { openCaseKey } from '../../../platform/crypto/case-keys.js';
import type { CaseConferenceTable, Database } from '../../../platform/db/schema.js';
import { nowUtc } from '../../../platform/ids.js';
import { logRead, type TraceContext } from '../../../platform/processing-log/index.js';
import { type CitationView, citationEntries, citationsOf } from '../../information/action-plan.js';
import type { CaseContext } from '../context.js';
import { caseSubjects, entriesFor } from '../processing.js';
import { unseal, unsealOrNull } from '../sealing.js';
import type { LoadedCase } from '../state.js';
import { userNames } from '../user-names.js';
import { conferencePermissions } from './access.js';

const T = 'case_conferences';

export async function openConference(db: Kysely<Database>, key: Buffer, c: CaseConferenceTable) {
  const o = (column: string, sealed: string) => unseal(key, T, column, c.id, sealed);
  const on = (column: string, sealed: string | null) => unsealOrNull(key, T, column, c.id, sealed);
  const parties = await db
    .selectFrom('case_conference_parties')
    .selectAll()
    .where('conference_id', '=', c.id)
    .orderBy('party_id')
    .execute();
  const people = await db
    .selectFrom('case_conference_participants')
    .selectAll()
    .where('conference_id', '=', c.id)
    .orderBy('user_id')
    .execute();
  const coordinator = await db
    .selectFrom('case_coordinators')
    .select(['user_id', 'party_id'])
    .where('conference_id', '=', c.id)
    .executeTakeFirst();
  const actions = await db
    .selectFrom('case_actions')
    .selectAll()
    .where('conference_id', '=', c.id)
    .orderBy('due_date')
    .orderBy('id')
    .execute();
  const roles = await db
    .selectFrom('case_party_roles')
    .selectAll()
    .where('conference_id', '=', c.id)
    .orderBy('party_id')
    .execute();
  return {
    id: c.id,
    caseId: c.case_id,
    sequence: c.sequence,
    status: c.status,
    startsAt: c.starts_at,
    endsAt: c.ends_at,
    location: on('location', c.location_enc),
    onlineLink: on('online_link', c.online_link_enc),
    goal: o('goal', c.goal_enc),
    decisionTypes: JSON.parse(o('decision_types', c.decision_types_enc)) as string[],
    themes: JSON.parse(o('themes', c.themes_enc)) as string[],
    invitations: parties.map((x) => ({
      partyId: x.party_id,
      contribution: unseal(
        key,
        'case_conference_parties',
        'contribution',
        `${c.id}:${x.party_id}`,
        x.contribution_enc,
      ),
      participants: people
        .filter((u) => u.party_id === x.party_id)
        .map((u) => ({ userId: u.user_id, attendance: u.attendance })),
    })),
    coordinator: coordinator ? { userId: coordinator.user_id, partyId: coordinator.party_id } : null,
    actions: actions.map((a) => ({
      id: a.id,
      ownerPartyId: a.owner_party_id,
      description: unseal(key, 'case_actions', 'description', a.id, a.description_enc),
      dueDate: a.due_date,
      status: a.status,
    })),
    partyRoles: roles.map((r) => ({
      partyId: r.party_id,
      role: unseal(key, 'case_party_roles', 'role', `${r.case_id}:${r.party_id}`, r.role_enc),
      informationNeeds: unseal(
        key,
        'case_party_roles',
        'information_needs',
        `${r.case_id}:${r.party_id}`,
        r.information_needs_enc,
      ),
    })),
    deescalationCriteria: on('deescalation_criteria', c.deescalation_criteria_enc),
    minutes: on('minutes', c.minutes_enc),
    cancelReason: on('cancel_reason', c.cancel_reason_enc),
    heldAt: c.held_at,
    createdAt: c.created_at,
    version: c.version,
  };
}

type Opened = Awaited<ReturnType<typeof openConference>>;

/** The conference's actions with the items they cite, as the caller may see them now (Art. 16.2). */
const withCitations = (c: Opened, byAction: Map<string, CitationView[]>) => ({
  ...c,
  actions: c.actions.map((a) => ({ ...a, citations: byAction.get(a.id) ?? [] })),
});

/** One conference with the caller's permissions (no log: the caller logs). */
export async function conferenceView(
  db: Kysely<Database>,
  key: Buffer,
  p: Principal,
  loaded: LoadedCase,
  c: CaseConferenceTable,
) {
  const opened = await openConference(db, key, c);
  const ids = opened.actions.map((a) => a.id);
  const { byAction } = await citationsOf(db, key, p, loaded, ids, nowUtc());
  return { ...withCitations(opened, byAction), permissions: conferencePermissions(p, loaded, c) };
}

export async function listConferences(
  ctx: CaseContext,
  p: Principal,
  loaded: LoadedCase,
  trace: TraceContext,
) {
  const started = nowUtc();
  const caseId = loaded.row.id;
  const rows = await ctx.db
    .selectFrom('case_conferences')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('sequence')
    .execute();
  const key = await openCaseKey(ctx.db, ctx.masterKey, caseId);
  const opened: Opened[] = [];
  for (const r of rows) opened.push(await openConference(ctx.db, key, r));
  // Art. 16.2: the cited items of every action, as this caller may see them now (one pass).
  const actionIds = opened.flatMap((c) => c.actions.map((a) => a.id));
  const cited = await citationsOf(ctx.db, key, p, loaded, actionIds, started);
  const items = opened.map((c, i) => ({
    ...withCitations(c, cited.byAction),
    permissions: conferencePermissions(p, loaded, rows[i] as CaseConferenceTable),
  }));
  // Issue 5: the named participants and coordinators, by name (one statement for the list).
  const names = await userNames(
    ctx.db,
    items.flatMap((c) => [
      ...c.invitations.flatMap((i) => i.participants.map((x) => x.userId)),
      c.coordinator?.userId,
    ]),
  );
  if (rows.length) {
    const spec = {
      name: 'case.conference.list',
      operation: 'read' as const,
      activity: 'casusoverleg',
      caseId,
      controllerPartyId: loaded.row.registering_party_id,
      principal: p,
      trace,
      startTime: started,
    };
    await logRead(ctx.db, [
      ...(await entriesFor(ctx.db, spec, await caseSubjects(ctx.db, ctx.log, key, caseId))),
      // The titles of the cited items shown: read with each item's provider as controller.
      ...(await citationEntries(
        ctx.db,
        ctx,
        key,
        { ...spec, name: 'case.action-plan.citations.read', caseStatus: loaded.row.status },
        cited.shown,
      )),
    ]);
  }
  return { items, userNames: names };
}
