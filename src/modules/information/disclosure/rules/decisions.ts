/**
 * Disclosure to a third party (Art. 9.2, 19.1), as pure rules without I/O: information discussed in
 * the house goes to a third party only after the prior written consent of the controller that
 * originally provided it. So: every item needs its controller's written approval; one written
 * refusal ends the request (choice: the refusal stands on record and a new request, without that
 * item, starts a new consent round — consents are never silently carried over); an item whose
 * content or conditions changed after its approval, or that was withdrawn or expired, is not
 * disclosed on the old consent.
 */

export type ItemDecision = 'pending' | 'approved' | 'refused';
export type RequestStatus = 'pending' | 'approved' | 'refused' | 'cancelled';

/** The request's status from its items' decisions (Art. 9.2: all approved, or one refusal ends it). */
export function statusOf(decisions: readonly ItemDecision[]): Exclude<RequestStatus, 'cancelled'> {
  if (decisions.some((d) => d === 'refused')) return 'refused';
  if (decisions.length > 0 && decisions.every((d) => d === 'approved')) return 'approved';
  return 'pending';
}

/** Whether a decision on an item may still be recorded; the reason otherwise. */
export function decisionRefusal(status: RequestStatus, current: ItemDecision): string | null {
  if (status === 'cancelled') return 'het verzoek is ingetrokken';
  if (status === 'refused') return 'het verzoek is al geweigerd; een nieuw verzoek is nodig (Art. 9.2)';
  if (current !== 'pending') return 'over dit stuk is al schriftelijk beslist (Art. 9.2)';
  return null;
}

export interface ExportItem {
  decision: ItemDecision;
  /** The item's version at the approval, and now. */
  approvedVersion: number | null;
  currentVersion: number;
  withdrawn: boolean;
  expired: boolean;
}

/**
 * Art. 9.2: the export exists only when every item is approved, on its current content. Returns
 * the reason it is refused, or null.
 */
export function exportRefusal(status: RequestStatus, items: readonly ExportItem[]): string | null {
  if (status === 'cancelled') return 'het verzoek is ingetrokken';
  if (status === 'refused') return 'een verstrekkende partij heeft geweigerd (Art. 9.2)';
  if (items.length === 0 || items.some((i) => i.decision !== 'approved'))
    return 'nog niet alle verstrekkende partijen hebben schriftelijk ingestemd (Art. 9.2)';
  if (items.some((i) => i.withdrawn || i.expired))
    return 'een stuk is intussen ingetrokken of verlopen; verstrekking is niet meer toegestaan (Art. 16.2)';
  if (items.some((i) => i.approvedVersion !== i.currentVersion))
    return 'een stuk is na de toestemming gewijzigd; vraag opnieuw toestemming (Art. 9.2)';
  return null;
}

/** Whether the requester may still cancel. */
export const cancelRefusal = (status: RequestStatus): string | null =>
  status === 'pending' ? null : 'alleen een lopend verzoek kan worden ingetrokken';
