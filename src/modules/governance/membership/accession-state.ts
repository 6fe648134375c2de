/**
 * Loading an accession with everything its rules and its view need: the row, the acceding party,
 * the parties active now, their consents and the signatures so far; and the caller's permissions.
 */
import type { AccessionTable } from '../../../platform/db/schema.js';
import { type AccessionAction, accessionActions } from './accession-schemas.js';
import { accessionConsents, answersOf, type ConsentRows, consentSummary, loadConsents } from './consents.js';
import { activePartyIds, type Caller, type Db } from './context.js';
import {
  type AccessionCommand,
  type AccessionState,
  decideAccession,
  type Signer,
} from './rules/accession.js';

export interface LoadedAccession {
  row: AccessionTable;
  party: {
    id: string;
    key: string;
    name: string;
    kind: 'gemeente' | 'partner';
    domain: 'care' | 'justice' | 'municipal';
    status: 'active' | 'accession_pending' | 'withdrawn' | 'excluded';
  };
  receivedVia: { id: string; displayName: string };
  active: string[];
  consents: ConsentRows;
}

export async function loadAccession(db: Db, id: string): Promise<LoadedAccession | undefined> {
  const row = await db.selectFrom('accessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const party = await db
    .selectFrom('parties')
    .select(['id', 'key', 'name', 'kind', 'domain', 'status'])
    .where('id', '=', row.party_id)
    .executeTakeFirstOrThrow();
  const via = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', '=', row.received_via_user_id)
    .executeTakeFirstOrThrow();
  return {
    row,
    party,
    receivedVia: { id: via.id, displayName: via.display_name },
    active: await activePartyIds(db, row.party_id),
    consents: await loadConsents(db, accessionConsents, row.id),
  };
}

export function stateOf(a: LoadedAccession): AccessionState {
  const signed = new Set<Signer>();
  if (a.row.org_signed_on) signed.add('organisation');
  if (a.row.chair_signed_on) signed.add('chair');
  return {
    status: a.row.status,
    partyId: a.row.party_id,
    activeParties: a.active,
    consents: answersOf(a.consents),
    signed,
  };
}

const probe = (caller: Caller, action: AccessionAction): AccessionCommand | null => {
  if (action === 'notify') return { type: 'notify', actor: caller };
  if (action === 'consent') return { type: 'consent', actor: caller, consent: true };
  if (action === 'decide') return { type: 'decide', actor: caller, outcome: 'refused' };
  if (action === 'sign') return { type: 'sign', actor: caller, signer: 'organisation' };
  return null;
};

export function permissionsFor(caller: Caller, a: LoadedAccession): AccessionAction[] {
  const s = stateOf(a);
  return accessionActions.filter((action) => {
    if (action === 'form') return s.status === 'approved' || s.status === 'acceded';
    if (action === 'sign')
      return ['organisation', 'chair'].some(
        (signer) => decideAccession(s, { type: 'sign', actor: caller, signer: signer as Signer }).ok,
      );
    const command = probe(caller, action);
    return command !== null && decideAccession(s, command).ok;
  });
}

export function accessionView(caller: Caller, a: LoadedAccession) {
  const r = a.row;
  const sig = (who: string | null, on: string | null, place: string | null) =>
    who && on && place ? { signatory: who, signedOn: on, place } : null;
  return {
    id: r.id,
    status: r.status,
    party: a.party,
    request: {
      receivedVia: a.receivedVia,
      receivedOn: r.received_on,
      seat: r.seat,
      officeAddress: r.office_address,
      representative: { name: r.representative_name, function: r.representative_function },
      motivation: r.motivation,
    },
    notifiedAt: r.notified_at,
    consents: consentSummary(a.active, a.consents),
    decision:
      r.decided_on &&
      r.decision_reference &&
      (r.status === 'approved' || r.status === 'refused' || r.status === 'acceded')
        ? {
            decidedOn: r.decided_on,
            outcome: r.status === 'refused' ? ('refused' as const) : ('approved' as const),
            reference: r.decision_reference,
            governanceDecisionId: r.governance_decision_id,
          }
        : null,
    signatures: {
      organisation: sig(r.org_signatory, r.org_signed_on, r.org_signed_place),
      chair: sig(r.chair_signatory, r.chair_signed_on, r.chair_signed_place),
    },
    version: r.version,
    permissions: permissionsFor(caller, a),
  };
}
