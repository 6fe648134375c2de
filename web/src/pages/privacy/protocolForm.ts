/**
 * The privacy protocol form without React: the form values of a protocol, checking the retention
 * period, the PATCH body with only what changed, and the parties grouped by kind for the checkbox
 * lists.
 */
import { PARTY_KINDS, type Party, type PartyKind } from '../../api/parties';
import {
  type PrivacyProtocol,
  type PrivacyProtocolChanges,
  RETENTION_MAX_MONTHS,
  RETENTION_MIN_MONTHS,
} from '../../api/privacyProtocols';

export interface ProtocolFormValues {
  retentionMonths: string;
  admitsAll: boolean;
  partyIds: string[];
}

export function protocolFormValues(protocol: PrivacyProtocol): ProtocolFormValues {
  return {
    retentionMonths: String(protocol.retentionMonths),
    admitsAll: protocol.admitsAll,
    partyIds: protocol.admittedParties.map((p) => p.id),
  };
}

export type ProtocolProblem = 'retention' | 'noParties';

/** What is wrong with the values: a retention outside 1–240 whole months, or nobody admitted. */
export function validateProtocolForm(values: ProtocolFormValues): ProtocolProblem[] {
  const problems: ProtocolProblem[] = [];
  const raw = values.retentionMonths.trim();
  const months = Number(raw);
  if (!/^\d{1,3}$/.test(raw) || months < RETENTION_MIN_MONTHS || months > RETENTION_MAX_MONTHS)
    problems.push('retention');
  if (!values.admitsAll && values.partyIds.length === 0) problems.push('noParties');
  return problems;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && new Set([...a, ...b]).size === a.length;

/**
 * The PATCH body for valid values; empty when nothing changed. The admitted parties are only sent
 * when the protocol does not admit everyone (then the list is kept for when it is switched back).
 */
export function protocolChanges(
  values: ProtocolFormValues,
  protocol: PrivacyProtocol,
): PrivacyProtocolChanges {
  const changes: PrivacyProtocolChanges = {};
  const months = Number(values.retentionMonths.trim());
  if (months !== protocol.retentionMonths) changes.retentionMonths = months;
  if (values.admitsAll !== protocol.admitsAll) changes.admitsAll = values.admitsAll;
  const unique = [...new Set(values.partyIds)];
  if (
    !values.admitsAll &&
    !sameSet(
      unique,
      protocol.admittedParties.map((p) => p.id),
    )
  )
    changes.admittedPartyIds = unique;
  return changes;
}

export interface PartyGroup {
  kind: PartyKind;
  parties: Party[];
}

/** The parties per kind (gemeenten first), sorted by name; empty groups are left out. */
export function groupPartiesByKind(parties: readonly Party[], language?: string): PartyGroup[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  return PARTY_KINDS.map((kind) => ({
    kind,
    parties: parties.filter((p) => p.kind === kind).sort((a, b) => collator.compare(a.name, b.name)),
  })).filter((group) => group.parties.length > 0);
}
