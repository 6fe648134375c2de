/**
 * Checks on a conference plan (Art. 8.2, 12.2c–e): times in order and in the future, a place or an
 * online link, each party invited once and each participant named once; then, against the
 * database, only active parties the case's protocol admits, and named participants who are active
 * professionals of the party they are invited for. Each refusal is a 400 naming the field.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { checkAdmittedParties, checkProfessionals, invalidField } from '../party-admission.js';
import type { LoadedCase } from '../state.js';
import type { ConferencePlan } from './schemas.js';

export type PlanShape = Pick<
  ConferencePlan,
  'startsAt' | 'endsAt' | 'location' | 'onlineLink' | 'invitations'
>;

/** The pure part; returns [field, message] or null. */
export function planProblem(plan: PlanShape, now: Date): [string, string] | null {
  const start = Date.parse(plan.startsAt);
  const end = Date.parse(plan.endsAt);
  if (start <= now.getTime()) return ['startsAt', 'het overleg ligt in het verleden'];
  if (end <= start) return ['endsAt', 'het einde ligt niet na het begin'];
  if (end - start > 24 * 3_600_000) return ['endsAt', 'een overleg duurt hooguit een dag'];
  if (!plan.location && !plan.onlineLink) return ['location', 'geef een plaats of een online link'];
  const parties = new Set<string>();
  const people = new Set<string>();
  for (const [i, inv] of plan.invitations.entries()) {
    if (parties.has(inv.partyId)) return [`invitations[${i}].partyId`, 'deze partij is al uitgenodigd'];
    parties.add(inv.partyId);
    for (const [j, userId] of inv.participantUserIds.entries()) {
      if (people.has(userId))
        return [`invitations[${i}].participantUserIds[${j}]`, 'deze deelnemer is al genoemd'];
      people.add(userId);
    }
  }
  return null;
}

export async function checkPlan(
  db: Kysely<Database>,
  c: LoadedCase,
  plan: PlanShape,
  now: Date,
): Promise<void> {
  const problem = planProblem(plan, now);
  if (problem) throw invalidField(...problem);
  await checkAdmittedParties(
    db,
    c,
    plan.invitations.map((inv, i) => ({ partyId: inv.partyId, field: `invitations[${i}].partyId` })),
  );
  await checkProfessionals(
    db,
    plan.invitations.flatMap((inv, i) =>
      inv.participantUserIds.map((userId, j) => ({
        userId,
        partyId: inv.partyId,
        field: `invitations[${i}].participantUserIds[${j}]`,
      })),
    ),
  );
}
