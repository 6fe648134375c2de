/**
 * Membership of the covenant as the API offers it (src/modules/governance/membership): the term
 * (Art. 23.1), accession (20, Bijlage 1), covenant versions and re-signing (21), withdrawal and
 * exclusion (23), disputes (11.4, 12.4, 13.4) and statements to third parties (19).
 */
import { API_BASE } from './client';
import {
  govSend,
  itemsOf,
  nullableString,
  permissions,
  ref,
  useGov,
  type Versioned,
  z,
} from './governanceClient';

export const termSchema = z.object({
  date: z.string(),
  effectiveFrom: z.string(),
  initialTermYears: z.number(),
  renewalTermYears: z.number(),
  inForce: z.boolean(),
  period: z.nullable(
    z.object({
      number: z.number(),
      kind: z.enum(['initial', 'renewal']),
      start: z.string(),
      end: z.string(),
    }),
  ),
  nextRenewal: nullableString,
});
export type Term = z.infer<typeof termSchema>;
export const useTerm = () => useGov(['term'], '/covenant/term', termSchema);

const consentsSchema = z.object({
  needed: z.number(),
  agreed: z.number(),
  refused: z.number(),
  missing: z.number(),
  complete: z.boolean(),
  items: z.array(
    z.object({ party: ref, consent: z.boolean(), note: nullableString, recordedAt: z.string() }),
  ),
});
export type Consents = z.infer<typeof consentsSchema>;

export const ACCESSION_STATUSES = ['requested', 'notified', 'approved', 'refused', 'acceded'] as const;
export type AccessionStatus = (typeof ACCESSION_STATUSES)[number];
const signature = z.nullable(z.object({ signatory: z.string(), signedOn: z.string(), place: z.string() }));

export const accessionSchema = z.object({
  id: z.string(),
  status: z.enum(ACCESSION_STATUSES),
  party: z.object({ id: z.string(), key: z.string(), name: z.string(), status: z.string() }),
  request: z.object({
    receivedVia: z.object({ id: z.string(), displayName: z.string() }),
    receivedOn: z.string(),
    seat: z.string(),
    officeAddress: z.string(),
    representative: z.object({ name: z.string(), function: z.string() }),
    motivation: z.string(),
  }),
  notifiedAt: nullableString,
  consents: consentsSchema,
  decision: z.nullable(
    z.object({ decidedOn: z.string(), outcome: z.enum(['approved', 'refused']), reference: z.string() }),
  ),
  signatures: z.object({ organisation: signature, chair: signature }),
  permissions,
});
export type Accession = z.infer<typeof accessionSchema>;

const accessionListSchema = itemsOf(
  z.object({
    id: z.string(),
    status: z.enum(ACCESSION_STATUSES),
    party: ref,
    receivedOn: z.string(),
  }),
);
export const useAccessions = (enabled = true) =>
  useGov(['accessions'], enabled ? '/accessions?limit=100' : null, accessionListSchema);
export const useAccession = (id: string) => useGov(['accessions', id], `/accessions/${id}`, accessionSchema);
export const accessionFormUrl = (id: string) => `${API_BASE}/accessions/${encodeURIComponent(id)}/form`;

export interface AccessionRequest {
  organisation: { key: string; name: string; kind: string; domain: string };
  seat: string;
  officeAddress: string;
  representative: { name: string; function: string };
  motivation: string;
  receivedViaUserId: string;
  receivedOn: string;
}
export const createAccession = (body: AccessionRequest) =>
  govSend('POST', '/accessions', accessionSchema, body);

export type AccessionStep = 'notify' | 'consent' | 'decision' | 'signatures';
export const accessionStep = (id: string, step: AccessionStep, body: object, etag: string | null) =>
  govSend('POST', `/accessions/${id}/${step}`, accessionSchema, body, etag);

export const versionSchema = z.object({
  id: z.string(),
  label: z.string(),
  summary: z.string(),
  decidedOn: z.string(),
  reference: z.string(),
  entryIntoForce: z.string(),
  inForce: z.boolean(),
  signing: z.object({
    signed: z.number(),
    needed: z.number(),
    complete: z.boolean(),
    parties: z.array(
      z.object({ id: z.string(), name: z.string(), signedOn: nullableString, signatory: nullableString }),
    ),
  }),
  permissions,
});
export type CovenantVersion = z.infer<typeof versionSchema>;
const versionListSchema = itemsOf(
  z.object({ id: z.string(), label: z.string(), entryIntoForce: z.string(), decidedOn: z.string() }),
);
export const useVersions = (enabled = true) =>
  useGov(['versions'], enabled ? '/covenant/versions' : null, versionListSchema);
export const useVersion = (id: string) => useGov(['versions', id], `/covenant/versions/${id}`, versionSchema);
export const createVersion = (body: object) => govSend('POST', '/covenant/versions', versionSchema, body);
export const signVersion = (id: string, body: object, etag: string | null) =>
  govSend('POST', `/covenant/versions/${id}/signatures`, versionSchema, body, etag);

export const TERMINATION_STATUSES = ['announced', 'in_default', 'effective', 'not_excluded'] as const;
export const terminationSchema = z.object({
  id: z.string(),
  kind: z.enum(['withdrawal', 'exclusion']),
  status: z.enum(TERMINATION_STATUSES),
  party: z.object({ id: z.string(), name: z.string(), status: z.string() }),
  notice: z.object({ on: z.string(), reference: z.string(), text: z.string() }),
  effectiveOn: nullableString,
  effectiveAt: nullableString,
  decision: z.nullable(
    z.object({
      decidedOn: z.string(),
      reference: z.string(),
      votesFor: z.number(),
      votesAgainst: z.number(),
      abstentions: z.number(),
    }),
  ),
  lastingDuties: z.array(z.object({ article: z.string(), duty: z.string(), text: z.string() })),
  permissions,
});
export type Termination = z.infer<typeof terminationSchema>;
export const useTerminations = (enabled = true) =>
  useGov(['terminations'], enabled ? '/terminations' : null, itemsOf(terminationSchema));
export const useTermination = (id: string) =>
  useGov(['terminations', id], `/terminations/${id}`, terminationSchema);
export const createTermination = (body: object) => govSend('POST', '/terminations', terminationSchema, body);
export const terminationStep = (
  id: string,
  step: 'decision' | 'take-effect',
  body: object,
  etag: string | null,
) => govSend('POST', `/terminations/${id}/${step}`, terminationSchema, body, etag);

export const DISPUTE_SUBJECTS = ['casuscoordinator', 'procesregisseur', 'manager'] as const;
export const FORUMS = ['procesregisseur', 'manager', 'partneroverleg', 'stuurgroep'] as const;
export const disputeSchema = z.object({
  id: z.string(),
  subject: z.enum(DISPUTE_SUBJECTS),
  article: z.string(),
  about: z.string(),
  description: z.string(),
  status: z.enum(['open', 'resolved']),
  forum: z.enum(FORUMS),
  ladder: z.array(z.enum(FORUMS)),
  resolution: nullableString,
  resolvedOn: nullableString,
  steps: z.array(
    z.object({
      at: z.string(),
      kind: z.enum(['raised', 'escalated', 'resolved']),
      forum: z.string(),
      note: z.string(),
    }),
  ),
  permissions,
});
export type Dispute = z.infer<typeof disputeSchema>;
const disputeListSchema = itemsOf(
  z.object({
    id: z.string(),
    subject: z.enum(DISPUTE_SUBJECTS),
    status: z.enum(['open', 'resolved']),
    forum: z.enum(FORUMS),
    createdAt: z.string(),
  }),
);
export const useDisputes = (enabled = true) =>
  useGov(['disputes'], enabled ? '/disputes' : null, disputeListSchema);
export const useDispute = (id: string) => useGov(['disputes', id], `/disputes/${id}`, disputeSchema);
export const createDispute = (body: object) => govSend('POST', '/disputes', disputeSchema, body);
export const disputeStep = (id: string, step: 'escalate' | 'resolve', body: object, etag: string | null) =>
  govSend('POST', `/disputes/${id}/${step}`, disputeSchema, body, etag);

export const statementSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  audience: z.string(),
  status: z.enum(['proposed', 'released', 'withdrawn']),
  spokesperson: z.nullable(z.object({ id: z.string(), displayName: z.string() })),
  releasedAt: nullableString,
  consents: consentsSchema,
  permissions,
});
export type Statement = z.infer<typeof statementSchema>;
const statementListSchema = itemsOf(
  z.object({
    id: z.string(),
    title: z.string(),
    status: z.enum(['proposed', 'released', 'withdrawn']),
    createdAt: z.string(),
  }),
);
export const useStatements = (enabled = true) =>
  useGov(['statements'], enabled ? '/statements' : null, statementListSchema);
export const useStatement = (id: string) => useGov(['statements', id], `/statements/${id}`, statementSchema);
export const createStatement = (body: object) => govSend('POST', '/statements', statementSchema, body);
export const statementStep = (id: string, step: 'consent' | 'release', body: object, etag: string | null) =>
  govSend('POST', `/statements/${id}/${step}`, statementSchema, body, etag);

export type { Versioned };
