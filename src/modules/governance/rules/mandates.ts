/**
 * Mandates (Art. 6.7, Bijlage 3): a party (mandator) lets another party (mandatee) give input and
 * take decisions in its name in a body. Requirements: both parties have joined (are active); the
 * mandatee confirmed its consent in writing, and the mandate takes effect only from that date;
 * controllership of personal data (verwerkingsverantwoordelijkheid) can never be mandated. One
 * vote per party (Art. 5.4, 7.1): a party has at most one mandate per body at a time, and mandates
 * do not chain (a mandatee cannot pass on what it received). No I/O.
 */
import type { MandateLink } from './votes.js';

/** What a mandate may cover: giving input, taking decisions; controllership is listed to be refused. */
export const mandateScopes = ['inbreng', 'besluiten', 'verwerkingsverantwoordelijkheid'] as const;
export type MandateScope = (typeof mandateScopes)[number];

export interface Mandate {
  id: string;
  bodyId: string;
  mandatorPartyId: string;
  mandateePartyId: string;
  scope: readonly MandateScope[];
  /** Date (YYYY-MM-DD) of the mandatee's written confirmation; null while it is awaited. */
  confirmedOn: string | null;
  validFrom: string;
  validUntil: string | null;
  revokedOn: string | null;
}

export type MandateDraft = Omit<Mandate, 'id'> & { id?: string };

export interface MandateRefusal {
  code: 'controllership' | 'invalid' | 'conflict';
  reason: string;
}

/** The last day the mandate can apply: the earlier of its end and the day before revocation. */
function lastDay(m: Pick<Mandate, 'validUntil' | 'revokedOn'>): string | null {
  const revoked = m.revokedOn ? dayBefore(m.revokedOn) : null;
  if (m.validUntil && revoked) return m.validUntil < revoked ? m.validUntil : revoked;
  return m.validUntil ?? revoked;
}

function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const overlaps = (a: MandateDraft, b: Mandate) => {
  const aEnd = lastDay(a) ?? '9999-12-31';
  const bEnd = lastDay(b) ?? '9999-12-31';
  return a.validFrom <= bEnd && b.validFrom <= aEnd;
};

/**
 * Why a mandate may not be recorded as drafted, or [] when it may. `others` are the other mandates
 * of the house (any body); `activeParties` the parties that have joined.
 */
export function mandateRefusals(
  m: MandateDraft,
  others: readonly Mandate[],
  activeParties: ReadonlySet<string>,
): MandateRefusal[] {
  const out: MandateRefusal[] = [];
  if (m.scope.includes('verwerkingsverantwoordelijkheid'))
    out.push({
      code: 'controllership',
      reason:
        'de verwerkingsverantwoordelijkheid voor persoonsgegevens kan niet worden gemandateerd (Art. 6.7, Bijlage 3)',
    });
  if (!m.scope.some((s) => s === 'inbreng' || s === 'besluiten'))
    out.push({ code: 'invalid', reason: 'een mandaat omvat inbreng of besluiten (Art. 6.7)' });
  if (m.mandatorPartyId === m.mandateePartyId)
    out.push({ code: 'invalid', reason: 'een partij mandateert een andere partij (Bijlage 3)' });
  if (!activeParties.has(m.mandatorPartyId) || !activeParties.has(m.mandateePartyId))
    out.push({
      code: 'invalid',
      reason: 'alleen toegetreden partijen mandateren en worden gemandateerd (Bijlage 3)',
    });
  if (m.validUntil !== null && m.validUntil < m.validFrom)
    out.push({ code: 'invalid', reason: 'de einddatum ligt voor de begindatum' });
  const live = others.filter((o) => o.id !== m.id && o.bodyId === m.bodyId && overlaps(m, o));
  if (live.some((o) => o.mandatorPartyId === m.mandatorPartyId))
    out.push({
      code: 'conflict',
      reason:
        'deze partij heeft in dit orgaan al een mandaat in deze periode: één stem per partij (Art. 5.4)',
    });
  if (live.some((o) => o.mandatorPartyId === m.mandateePartyId || o.mandateePartyId === m.mandatorPartyId))
    out.push({ code: 'conflict', reason: 'een ontvangen mandaat wordt niet doorgegeven (Bijlage 3)' });
  return out;
}

/** In force on `day`: confirmed in writing on or before it, within its period, not revoked (Bijlage 3). */
export function isEffective(m: Mandate, day: string): boolean {
  if (m.confirmedOn === null || m.confirmedOn > day || m.validFrom > day) return false;
  const end = lastDay(m);
  return end === null || day <= end;
}

/** The mandates to decide in force on `day` in a body, as the links vote counting uses. */
export function decisionLinks(mandates: readonly Mandate[], bodyId: string, day: string): MandateLink[] {
  return mandates
    .filter((m) => m.bodyId === bodyId && m.scope.includes('besluiten') && isEffective(m, day))
    .map((m) => ({ mandatorPartyId: m.mandatorPartyId, mandateePartyId: m.mandateePartyId }));
}
