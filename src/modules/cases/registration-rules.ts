/**
 * Checks on a registration that need the database (Art. 1.7, 15.3): the registering party must be
 * active; the privacy protocol must admit it; partners involved must be parties of the covenant;
 * when the person was not informed, the reason why is required. Each refusal is a 400 naming the field.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { ProblemError } from '../../platform/http/problem.js';
import type { CaseInput } from './schemas.js';

const invalid = (field: string, message: string) =>
  new ProblemError('validation', `Body ongeldig — ${field}: ${message}`);

export async function checkRegistration(
  db: Kysely<Database>,
  partyId: string,
  input: CaseInput,
): Promise<void> {
  const party = await db.selectFrom('parties').select('status').where('id', '=', partyId).executeTakeFirst();
  if (party?.status !== 'active')
    throw new ProblemError('forbidden', 'alleen een actieve partij meldt aan (Art. 1.7)');

  const protocol = await db
    .selectFrom('privacy_protocols')
    .select(['id', 'admits_all'])
    .where('key', '=', input.protocolKey)
    .executeTakeFirst();
  if (!protocol) throw invalid('protocolKey', 'onbekend privacyprotocol');
  if (protocol.admits_all !== 1) {
    const admitted = await db
      .selectFrom('privacy_protocol_parties')
      .select('party_id')
      .where('protocol_id', '=', protocol.id)
      .where('party_id', '=', partyId)
      .executeTakeFirst();
    if (!admitted) throw invalid('protocolKey', 'dit privacyprotocol laat uw partij niet toe (Art. 15.3)');
  }

  const partners = [...new Set(input.partnersInvolved)];
  if (partners.length) {
    const found = await db.selectFrom('parties').select('id').where('id', 'in', partners).execute();
    if (found.length !== partners.length) throw invalid('partnersInvolved', 'onbekende partij');
  }

  if (!input.informed && !input.notInformedReason)
    throw invalid('notInformedReason', 'geef aan waarom de betrokkene niet is geïnformeerd');
  if (input.informed && input.notInformedReason)
    throw invalid('notInformedReason', 'alleen invullen als de betrokkene niet is geïnformeerd');
  if (input.caseType === 'person' && input.persons.length !== 1)
    throw invalid('persons', 'een casus over één persoon heeft precies één persoon');
}
