/**
 * Demo accounts for the Haaglanden demo: one per house role and professionals of a few parties.
 * They skip the second factor in demo mode; production refuses to start while any exist.
 */
import type { Kysely } from 'kysely';
import type { Role } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/schema.js';
import { newId, nowUtc } from '../../platform/ids.js';
import { createUser } from './user-commands.js';

export const DEMO_PASSWORD = 'demo haaglanden lentebloesem';

interface DemoUser {
  email: string;
  displayName: string;
  party: string | null;
  roles: Role[];
}

export const demoUsers: DemoUser[] = [
  {
    email: 'beheer@demo.ketenhuis.example',
    displayName: 'Fenna de Beheerder',
    party: null,
    roles: ['functioneel_beheer'],
  },
  {
    email: 'manager@demo.ketenhuis.example',
    displayName: 'Mohamed El Amrani',
    party: null,
    roles: ['manager'],
  },
  {
    email: 'procesregisseur@demo.ketenhuis.example',
    displayName: 'Petra Visser',
    party: null,
    roles: ['procesregisseur'],
  },
  {
    email: 'informatiecentrum@demo.ketenhuis.example',
    displayName: 'Iris Bakker',
    party: null,
    roles: ['informatiecentrum'],
  },
  {
    email: 'secretaris@demo.ketenhuis.example',
    displayName: 'Sander de Vries',
    party: null,
    roles: ['secretaris'],
  },
  {
    email: 'privacy@demo.ketenhuis.example',
    displayName: 'Priya Ramdin',
    party: null,
    roles: ['privacy_officer'],
  },
  {
    email: 'politie@demo.ketenhuis.example',
    displayName: 'Pieter Jansen',
    party: 'politie-den-haag',
    roles: ['professional'],
  },
  {
    email: 'ggz@demo.ketenhuis.example',
    displayName: 'Gerda Smit',
    party: 'parnassia-groep',
    roles: ['professional'],
  },
  {
    email: 'gemeente@demo.ketenhuis.example',
    displayName: 'Gijs Mulder',
    party: 'den-haag',
    roles: ['professional'],
  },
  {
    email: 'reclassering@demo.ketenhuis.example',
    displayName: 'Romy Hendriks',
    party: 'reclassering-nederland',
    roles: ['professional'],
  },
];

interface DemoSeat {
  email: string;
  body: string;
  role: 'member' | 'chair' | 'secretary';
  /** Keys of the parties whose vote this member casts (their own party only, Art. 5.4). */
  votesFor: string[];
}

const seat = (email: string, body: string, role: DemoSeat['role'], votesFor: string[] = []): DemoSeat => ({
  email: `${email}@demo.ketenhuis.example`,
  body,
  role,
  votesFor,
});

/**
 * Seats of demo users in the bodies (Art. 4.3, 6.3, 6.4), so that the demo shows the governance
 * screens at work: the secretary serves all three bodies (4.3i, 6.3d), the manager and the
 * procesregisseur advise (4.3h, 6.3b–c), and the professionals are their parties' delegates.
 */
export const demoSeats: DemoSeat[] = [
  ...['stuurgroep', 'partneroverleg', 'jaarvergadering'].map((b) => seat('secretaris', b, 'secretary')),
  ...['stuurgroep', 'partneroverleg', 'jaarvergadering'].map((b) => seat('manager', b, 'member')),
  seat('procesregisseur', 'partneroverleg', 'member'),
  seat('gemeente', 'stuurgroep', 'chair', ['den-haag']),
  seat('politie', 'stuurgroep', 'member', ['politie-den-haag']),
  ...[
    ['gemeente', 'den-haag'],
    ['politie', 'politie-den-haag'],
    ['ggz', 'parnassia-groep'],
    ['reclassering', 'reclassering-nederland'],
  ].flatMap(([who, party]) => [
    seat(who ?? '', 'partneroverleg', 'member', [party ?? '']),
    seat(who ?? '', 'jaarvergadering', 'member', [party ?? '']),
  ]),
];

async function seedDemoSeats(db: Kysely<Database>): Promise<void> {
  const bodies = new Map(
    (await db.selectFrom('bodies').select(['id', 'key']).execute()).map((b) => [b.key, b.id]),
  );
  const parties = new Map(
    (await db.selectFrom('parties').select(['id', 'key']).execute()).map((p) => [p.key, p.id]),
  );
  const users = new Map(
    (await db.selectFrom('users').select(['id', 'email']).where('is_demo', '=', 1).execute()).map((u) => [
      u.email,
      u.id,
    ]),
  );
  for (const s of demoSeats) {
    const bodyId = bodies.get(s.body);
    const userId = users.get(s.email);
    const votes = s.votesFor.map((k) => parties.get(k));
    if (!bodyId || !userId || votes.some((v) => v === undefined)) continue; // another house configuration
    const id = newId();
    await db
      .insertInto('body_memberships')
      .values({ id, user_id: userId, body_id: bodyId, role: s.role, created_at: nowUtc() })
      .execute();
    for (const partyId of votes)
      await db
        .insertInto('body_membership_votes')
        .values({ membership_id: id, party_id: partyId as string })
        .execute();
  }
}

export async function seedDemoUsers(db: Kysely<Database>): Promise<number> {
  const existing = await db.selectFrom('users').select('id').limit(1).execute();
  if (existing.length > 0) return 0;
  const parties = new Map(
    (await db.selectFrom('parties').select(['id', 'key']).execute()).map((p) => [p.key, p.id]),
  );
  for (const u of demoUsers) {
    const partyId = u.party ? parties.get(u.party) : null;
    if (partyId === undefined) continue; // a house configuration without this party
    await createUser(
      db,
      { email: u.email, displayName: u.displayName, partyId, roles: u.roles, initialPassword: DEMO_PASSWORD },
      { isDemo: true },
    );
  }
  await seedDemoSeats(db);
  return demoUsers.length;
}

export async function countDemoUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('is_demo', '=', 1)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export function demoLoginLines(): string[] {
  return [
    `Demo-inloggegevens (wachtwoord voor allen: "${DEMO_PASSWORD}", geen tweede factor in demomodus):`,
    ...demoUsers.map((u) => `  ${u.email.padEnd(42)} ${u.roles.join(', ')}${u.party ? ` (${u.party})` : ''}`),
  ];
}
