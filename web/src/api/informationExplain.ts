/**
 * "Waarom zie ik dit?" for one information item (Art. 12.2f, 16.2), as pure data: the server
 * says why the caller sees the item (`visibleBecause`); the rest — who else may see it, until
 * when, whether it may be read before the conference or used in the action plan — is derived
 * here from the conditions the server returned. Each line is a translation key under
 * `cases.information.why` with its values; the page says that the second part is derived.
 */
import type { ItemSummary } from './informationItems';

export type WhyKey =
  | 'providerParty'
  | 'providerHouse'
  | 'procesregisseur'
  | 'allParticipants'
  | 'namedParty'
  | 'othersAll'
  | 'othersNamed'
  | 'othersRegisseur'
  | 'preConferenceApproved'
  | 'preConferenceRequested'
  | 'preConferenceNot'
  | 'actionPlanYes'
  | 'actionPlanNo'
  | 'expires'
  | 'expired'
  | 'withdrawn';

export interface WhyLine {
  key: WhyKey;
  values?: { party?: string; relation?: string; parties?: string; date?: string };
}

export interface Explanation {
  /** Why the caller sees it: straight from the server's `visibleBecause`. */
  reason: WhyLine;
  /** Derived from the item's conditions. */
  conditions: WhyLine[];
}

type Explained = Pick<
  ItemSummary,
  | 'visibleBecause'
  | 'providerKind'
  | 'providerPartyId'
  | 'visibility'
  | 'namedPartyIds'
  | 'preConference'
  | 'useInActionPlan'
  | 'expiresAt'
  | 'expired'
  | 'withdrawnAt'
>;

export interface ExplainContext {
  partyName: (id: string) => string;
  /** The caller's relation to the case in words ("deelnemer aan het overleg"). */
  relation: string;
  formatDate: (iso: string) => string;
}

/** A list of names as one phrase: "A", "A en B", "A, B en C" (the joiner is translated). */
export function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

export function explainItem(item: Explained, ctx: ExplainContext, and: string): Explanation {
  const provider = ctx.partyName(item.providerPartyId);
  const reason = ((): WhyLine => {
    switch (item.visibleBecause) {
      case 'provider':
        return item.providerKind === 'house'
          ? { key: 'providerHouse' }
          : { key: 'providerParty', values: { party: provider } };
      case 'procesregisseur':
        return { key: 'procesregisseur' };
      case 'all-participants':
        return { key: 'allParticipants', values: { party: provider, relation: ctx.relation } };
      case 'named-party':
        return { key: 'namedParty', values: { party: provider } };
    }
  })();
  const conditions: WhyLine[] = [];
  if (item.visibility === 'all-participants') conditions.push({ key: 'othersAll' });
  else if (item.visibility === 'named-parties')
    conditions.push({
      key: 'othersNamed',
      values: { parties: joinNames(item.namedPartyIds.map(ctx.partyName), and) },
    });
  else conditions.push({ key: 'othersRegisseur' });
  conditions.push({
    key:
      item.preConference === 'approved'
        ? 'preConferenceApproved'
        : item.preConference === 'requested'
          ? 'preConferenceRequested'
          : 'preConferenceNot',
  });
  conditions.push({ key: item.useInActionPlan ? 'actionPlanYes' : 'actionPlanNo' });
  if (item.withdrawnAt !== null)
    conditions.push({ key: 'withdrawn', values: { date: ctx.formatDate(item.withdrawnAt) } });
  else if (item.expiresAt !== null)
    conditions.push({
      key: item.expired ? 'expired' : 'expires',
      values: { date: ctx.formatDate(item.expiresAt) },
    });
  return { reason, conditions };
}
