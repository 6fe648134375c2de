/**
 * The cast of the case relation matrix (test/matrix/case-relations.ts): one real, logged-in user
 * per relation to a case — extra professionals of chosen parties and a second procesregisseur
 * next to the test app's one user per role — and the switch that makes the youth-group privacy
 * protocol (Art. 15.3c) stop admitting JIT, as a changed protocol would.
 */
import { type CaseRelationActor, caseRelationActors } from '../matrix/case-relations.js';
import type { Session, TestApp } from '../support/app.js';
import { extraUser } from './cases-fixtures.js';

export interface Member {
  id: string;
  session: Session | null;
}
export type Cast = Record<CaseRelationActor, Member>;

const extras: Partial<
  Record<CaseRelationActor, { roles: ['professional' | 'procesregisseur']; party: string | null }>
> = {
  'registering-colleague': { roles: ['professional'], party: 'politie-den-haag' },
  participant: { roles: ['professional'], party: 'reclassering-nederland' },
  'uninvited-colleague': { roles: ['professional'], party: 'reclassering-nederland' },
  coordinator: { roles: ['professional'], party: 'perspektief' },
  'not-invited': { roles: ['professional'], party: 'openbaar-ministerie' },
  'not-admitted': { roles: ['professional'], party: 'jit' },
  'never-admitted': { roles: ['professional'], party: 'middin' },
  'other-procesregisseur': { roles: ['procesregisseur'], party: null },
};
const builtIn: Partial<Record<CaseRelationActor, keyof TestApp['users']>> = {
  registering: 'professional',
  assigned: 'procesregisseur',
  informatiecentrum: 'informatiecentrum',
  manager: 'manager',
  beheer: 'beheer',
  privacy: 'privacy',
  secretaris: 'secretaris',
};

/** Every member of the cast with a real, logged-in session (none for anonymous). */
export async function castFor(t: TestApp): Promise<Cast> {
  const cast = {} as Cast;
  for (const who of caseRelationActors) {
    const extra = extras[who];
    const own = builtIn[who];
    if (extra) cast[who] = await extraUser(t, `relatie-${who}`, extra.roles, extra.party);
    else if (own) cast[who] = { id: t.users[own].id, session: t.sessions[own] };
    else cast[who] = { id: '', session: null };
  }
  return cast;
}

/** Art. 15.3: whether the youth-group protocol admits JIT (it does in the configuration). */
export async function admitJit(t: TestApp, admitted: boolean): Promise<void> {
  const db = t.db.kysely;
  const protocol = await db
    .selectFrom('privacy_protocols')
    .select('id')
    .where('key', '=', 'jeugdgroepen')
    .executeTakeFirstOrThrow();
  const party_id = t.partyIds.get('jit') as string;
  await db
    .deleteFrom('privacy_protocol_parties')
    .where('protocol_id', '=', protocol.id)
    .where('party_id', '=', party_id)
    .execute();
  if (admitted)
    await db.insertInto('privacy_protocol_parties').values({ protocol_id: protocol.id, party_id }).execute();
}
