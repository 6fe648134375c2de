/**
 * Referral (Art. 7.3): when the Partneroverleg cannot come to a decision, the matter is put to the
 * Stuurgroep for decision. "Cannot come to a decision" is a closed vote without a majority (a tie,
 * which is not adopted: domain.md §5). A rejection is a decision; a held decision (Art. 7.2) waits
 * for the absent party first. No I/O.
 */
export type DecisionStatus = 'open' | 'held' | 'adopted' | 'rejected' | 'undecided' | 'referred';

export function referralRefusal(
  bodyKey: string,
  status: DecisionStatus,
): { code: 'conflict'; reason: string } | null {
  if (bodyKey !== 'partneroverleg')
    return {
      code: 'conflict',
      reason: 'alleen een zaak van het Partneroverleg gaat naar de Stuurgroep (Art. 7.3)',
    };
  if (status === 'referred')
    return { code: 'conflict', reason: 'deze zaak is al aan de Stuurgroep voorgelegd (Art. 7.3)' };
  if (status !== 'undecided')
    return {
      code: 'conflict',
      reason:
        'alleen een zaak waarover het Partneroverleg niet tot een besluit kwam gaat naar de Stuurgroep (Art. 7.3)',
    };
  return null;
}

/** The other body that a body's secretary informs in writing of decisions taken (Art. 5.6, 6.9, 7.4). */
export function informedBody(bodyKey: string): string | null {
  if (bodyKey === 'stuurgroep') return 'partneroverleg'; // Art. 5.6
  if (bodyKey === 'partneroverleg') return 'stuurgroep'; // Art. 6.9, 7.4
  return null;
}
