/**
 * Checks on the record of a conference (Art. 8.4, 13.1), pure: attendance only of named
 * participants; the case coordinator is a participant who was present (and so belongs to one of
 * the invited parties); actions and roles belong to invited parties, each party's role once, and
 * no action is due before today. Returns [field, message] or null.
 */
import type { ConferenceRecord } from './schemas.js';

export interface HeldConference {
  participants: { userId: string; partyId: string }[];
  invitedPartyIds: string[];
}

export function recordProblem(
  r: ConferenceRecord,
  conf: HeldConference,
  today: string,
): [string, string] | null {
  const named = new Map(conf.participants.map((x) => [x.userId, x.partyId]));
  const seen = new Set<string>();
  for (const [i, a] of r.attendance.entries()) {
    if (!named.has(a.userId)) return [`attendance[${i}].userId`, 'geen genoemde deelnemer van dit overleg'];
    if (seen.has(a.userId)) return [`attendance[${i}].userId`, 'deze deelnemer staat er al'];
    seen.add(a.userId);
  }
  const present = r.attendance.find((a) => a.userId === r.coordinatorUserId)?.present === true;
  if (!named.has(r.coordinatorUserId) || !present)
    return [
      'coordinatorUserId',
      'de casuscoördinator is een aanwezige deelnemer van een uitgenodigde partij (Art. 8.4a)',
    ];
  const invited = new Set(conf.invitedPartyIds);
  for (const [i, a] of r.actions.entries()) {
    if (!invited.has(a.ownerPartyId))
      return [`actions[${i}].ownerPartyId`, 'een actie ligt bij een partij aan tafel (Art. 8.4b, 8.5)'];
    if (a.dueDate < today) return [`actions[${i}].dueDate`, 'de termijn ligt in het verleden'];
  }
  const roles = new Set<string>();
  for (const [i, x] of r.partyRoles.entries()) {
    if (!invited.has(x.partyId))
      return [`partyRoles[${i}].partyId`, 'deze partij was niet uitgenodigd (Art. 8.4c)'];
    if (roles.has(x.partyId)) return [`partyRoles[${i}].partyId`, 'de rol van deze partij staat er al'];
    roles.add(x.partyId);
  }
  return null;
}
