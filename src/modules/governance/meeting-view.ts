/**
 * Reading meetings: the summary row shape, and the full meeting for its body's members with its
 * agenda, attendance, decisions and minutes (Art. 4.6, 5.7, 6.9, 7.5) and the caller's permissions.
 */
import { z } from 'zod';
import { membersOf } from './bodies.js';
import type { Db, GovActor } from './context.js';
import { isSecretary, isVoter } from './policy.js';
import { bodyRef, instant, meetingSummarySchema, partyRef, personRef } from './schemas.js';

export const meetingPermissions = [
  'update',
  'record-attendance',
  'write-minutes',
  'manage-agenda',
  'propose-agenda-item',
  'create-decision',
  'send-decision-list',
  'vote',
] as const;

export const agendaItemSchema = z
  .strictObject({
    id: z.uuid(),
    body: bodyRef,
    meetingId: z.uuid().nullable(),
    title: z.string(),
    description: z.string(),
    contributedBy: personRef,
    contributedFor: partyRef.nullable(),
    source: z.enum(['member', 'other-body', 'secretary', 'referral']),
    status: z.enum(['proposed', 'scheduled', 'declined']),
    position: z.number().int(),
    createdAt: instant,
    version: z.number().int(),
  })
  .meta({ id: 'AgendaItem' });

export const meetingSchema = meetingSummarySchema
  .extend({
    agenda: z.array(agendaItemSchema),
    members: z.array(
      z.strictObject({
        person: personRef,
        party: partyRef.nullable(),
        role: z.enum(['member', 'chair', 'secretary']),
        attendance: z.enum(['present', 'absent', 'excused']).nullable(),
      }),
    ),
    decisions: z.array(
      z.strictObject({
        id: z.uuid(),
        title: z.string(),
        status: z.enum(['open', 'held', 'adopted', 'rejected', 'undecided', 'referred']),
      }),
    ),
    minutes: z.string().nullable(),
    minutesStatus: z.enum(['none', 'draft', 'adopted']),
    permissions: z.array(z.enum(meetingPermissions)),
  })
  .meta({ id: 'Meeting' });

export type MeetingRow = Awaited<ReturnType<ReturnType<typeof meetingQuery>['executeTakeFirstOrThrow']>>;

export function meetingQuery(db: Db) {
  return db
    .selectFrom('governance_meetings as m')
    .innerJoin('bodies', 'bodies.id', 'm.body_id')
    .leftJoin('parties as rq', 'rq.id', 'm.requested_by_party_id')
    .selectAll('m')
    .select(['bodies.key as body_key', 'bodies.name as body_name', 'rq.name as requested_by_name']);
}

export function summaryOf(r: MeetingRow) {
  return {
    id: r.id,
    body: { id: r.body_id, key: r.body_key, name: r.body_name },
    title: r.title,
    kind: r.kind,
    requestedBy: r.requested_by_party_id
      ? { id: r.requested_by_party_id, name: r.requested_by_name ?? '' }
      : null,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    location: r.location,
    onlineLink: r.online_link,
    status: r.status,
    version: r.version,
  };
}

export async function agendaItems(db: Db, where: { meetingId?: string; bodyId?: string; ids?: string[] }) {
  let q = db
    .selectFrom('governance_agenda_items as a')
    .innerJoin('bodies', 'bodies.id', 'a.body_id')
    .innerJoin('users', 'users.id', 'a.contributed_by_user_id')
    .leftJoin('parties', 'parties.id', 'a.contributed_for_party_id')
    .selectAll('a')
    .select([
      'bodies.key as body_key',
      'bodies.name as body_name',
      'users.display_name',
      'parties.name as party_name',
    ]);
  if (where.meetingId) q = q.where('a.meeting_id', '=', where.meetingId);
  if (where.bodyId) q = q.where('a.body_id', '=', where.bodyId);
  if (where.ids)
    q = q.where('a.id', 'in', where.ids.length ? where.ids : ['00000000-0000-7000-8000-000000000000']);
  const rows = await q.orderBy('a.position').orderBy('a.created_at').execute();
  return rows.map((r) => ({
    id: r.id,
    body: { id: r.body_id, key: r.body_key, name: r.body_name },
    meetingId: r.meeting_id,
    title: r.title,
    description: r.description,
    contributedBy: { id: r.contributed_by_user_id, name: r.display_name },
    contributedFor: r.contributed_for_party_id
      ? { id: r.contributed_for_party_id, name: r.party_name ?? '' }
      : null,
    source: r.source,
    status: r.status,
    position: r.position,
    createdAt: r.created_at,
    version: r.version,
  }));
}

/** The full meeting and the user ids whose names it shows (for the processing log). */
export async function meetingDetail(db: Db, a: GovActor, row: MeetingRow) {
  const [agenda, members, attendance, decisions, parties] = await Promise.all([
    agendaItems(db, { meetingId: row.id }),
    membersOf(db, row.body_id),
    db.selectFrom('governance_attendance').selectAll().where('meeting_id', '=', row.id).execute(),
    db
      .selectFrom('governance_decisions')
      .select(['id', 'title', 'status'])
      .where('meeting_id', '=', row.id)
      .orderBy('created_at')
      .execute(),
    db.selectFrom('parties').select(['id', 'name']).execute(),
  ]);
  const partyName = new Map(parties.map((p) => [p.id, p.name]));
  const secretary = isSecretary(a, row.body_id);
  const open = row.status !== 'cancelled';
  const permissions = meetingPermissions.filter((p) => {
    if (p === 'propose-agenda-item') return open && row.status === 'planned';
    if (p === 'vote') return open && isVoter(a, row.body_id);
    if (p === 'send-decision-list') return secretary && row.body_key !== 'jaarvergadering';
    return secretary;
  });
  const detail = {
    ...summaryOf(row),
    agenda,
    members: members.map((m) => ({
      person: { id: m.userId, name: m.name },
      party: m.partyId ? { id: m.partyId, name: partyName.get(m.partyId) ?? '' } : null,
      role: m.role as 'member' | 'chair' | 'secretary',
      attendance: attendance.find((x) => x.user_id === m.userId)?.status ?? null,
    })),
    decisions,
    minutes: row.minutes,
    minutesStatus: row.minutes_status,
    permissions,
  };
  const named = [...members.map((m) => m.userId), ...agenda.map((x) => x.contributedBy.id)];
  return { detail, named };
}
