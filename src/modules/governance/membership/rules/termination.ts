/**
 * Art. 23 and 21.3: how a party stops being one. Withdrawal (opzegging, 23.1) is a written notice
 * and takes effect at once — or, when it is a refusal of an amendment (21.3), as of the amended
 * covenant's entry into force. Exclusion (23.2) needs a recorded notice of default first, then a
 * Stuurgroep decision by majority of votes, and takes effect immediately. Duties that by their
 * nature last, secrecy above all, survive either (23.3).
 */
import { type Actor, isSecretary } from './consent.js';
import { allowed, refuse, type Verdict } from './refusal.js';

export const terminationKinds = ['withdrawal', 'exclusion'] as const;
export type TerminationKind = (typeof terminationKinds)[number];
export const terminationStatuses = ['announced', 'in_default', 'effective', 'not_excluded'] as const;
export type TerminationStatus = (typeof terminationStatuses)[number];

/** Art. 23.3 with 17.1: recorded on every withdrawal and exclusion. */
export const lastingDuties = [
  {
    article: '23.3',
    duty: 'geheimhouding',
    text: 'De plicht tot strikte geheimhouding (Art. 17.1) blijft na beëindiging of uitsluiting bestaan.',
  },
] as const;

const onlySecretary = (article: string) =>
  refuse('not-allowed', 'de secretaris van de Stuurgroep legt dit vast', article);

/** 23.1 / 21.3: when a withdrawal takes effect; an amendment's entry into force if it names one. */
export function withdrawalEffectiveOn(today: string, amendmentEntryIntoForce: string | null): string {
  return amendmentEntryIntoForce !== null && amendmentEntryIntoForce > today
    ? amendmentEntryIntoForce
    : today;
}

export function checkWithdrawal(actor: Actor, partyActive: boolean, pendingTermination: boolean): Verdict {
  if (!isSecretary(actor)) return onlySecretary('23.1');
  if (!partyActive) return refuse('wrong-phase', 'alleen een actieve partij kan opzeggen', '23.1');
  if (pendingTermination)
    return refuse('wrong-phase', 'voor deze partij loopt al een opzegging of uitsluiting', '23.1');
  return allowed;
}

/** An announced withdrawal (21.3) takes effect on the amendment's entry into force, not before. */
export function checkTakeEffect(
  actor: Actor,
  status: TerminationStatus,
  effectiveOn: string,
  today: string,
): Verdict {
  if (!isSecretary(actor)) return onlySecretary('21.3');
  if (status !== 'announced') return refuse('wrong-phase', 'deze opzegging is niet aangekondigd', '21.3');
  if (today < effectiveOn)
    return refuse(
      'wrong-phase',
      `de opzegging gaat pas in op ${effectiveOn}, als de wijziging van kracht wordt`,
      '21.3',
    );
  return allowed;
}

/** 23.2: the notice of default comes first; it is recorded for an active party. */
export function checkNoticeOfDefault(
  actor: Actor,
  partyActive: boolean,
  pendingTermination: boolean,
): Verdict {
  if (!isSecretary(actor)) return onlySecretary('23.2');
  if (!partyActive)
    return refuse('wrong-phase', 'alleen een actieve partij kan in gebreke worden gesteld', '23.2');
  if (pendingTermination)
    return refuse('wrong-phase', 'voor deze partij loopt al een opzegging of uitsluiting', '23.2');
  return allowed;
}

export interface ExclusionVote {
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
}

/** domain.md §5: adopted when more votes are for than against; abstentions do not count; a tie fails. */
export const adopted = (v: ExclusionVote) => v.votesFor > v.votesAgainst;

export function checkExclusionDecision(
  actor: Actor,
  status: TerminationStatus,
  noticeOn: string,
  decidedOn: string,
): Verdict {
  if (!isSecretary(actor)) return onlySecretary('23.2');
  if (status !== 'in_default')
    return refuse('wrong-phase', 'uitsluiting vraagt eerst een vastgelegde ingebrekestelling', '23.2');
  if (decidedOn < noticeOn)
    return refuse(
      'invalid',
      'het besluit tot uitsluiting volgt op de ingebrekestelling, niet ervoor',
      '23.2',
    );
  return allowed;
}
