/**
 * Changing an item's conditions (Art. 16.2) and the reading-beforehand procedure (Art. 12.2f), as
 * pure rules. The provider sets the conditions and may change, tighten or withdraw them at any
 * time, with immediate effect; reading before the conference needs two steps: the procesregisseur
 * assesses that it may be read ('requested'), then the provider approves ('approved'). Either may
 * take it back to 'not-allowed' at any time (tightening). A withdrawn item changes no more.
 */
import type { InformationVisibility, PreConference } from '../../../platform/db/schema.js';

export interface Refusal {
  code: 'forbidden' | 'conflict' | 'validation';
  reason: string;
}

const refuse = (code: Refusal['code'], reason: string): Refusal => ({ code, reason });

/** Art. 16.2: 'named-parties' names at least one party; other visibilities name none. */
export function checkNamedParties(
  visibility: InformationVisibility,
  named: readonly string[],
): Refusal | null {
  if (visibility === 'named-parties' && named.length === 0)
    return refuse('validation', 'noem ten minste één partij die de informatie mag zien (Art. 16.2)');
  if (visibility !== 'named-parties' && named.length > 0)
    return refuse(
      'validation',
      'partijen noemen kan alleen bij zichtbaarheid "genoemde partijen" (Art. 16.2)',
    );
  return null;
}

/** An expiry date lies in the future (the past would be a withdrawal: use that). */
export function checkExpiry(expiresAt: string | null, now: string): Refusal | null {
  if (expiresAt !== null && expiresAt <= now)
    return refuse('validation', 'de vervaldatum ligt in het verleden; trek de informatie in (Art. 16.2)');
  return null;
}

export type PreConferenceStep =
  | { by: 'procesregisseur'; allow: boolean }
  | { by: 'provider'; approve: boolean };

/**
 * Art. 12.2f: the next reading-beforehand state, or a refusal. The procesregisseur's positive
 * assessment asks the provider; only the provider's approval makes it readable; a negative
 * assessment or a refusal by either returns it to 'not-allowed'.
 */
export function nextPreConference(
  current: PreConference,
  step: PreConferenceStep,
  withdrawn: boolean,
): PreConference | Refusal {
  if (withdrawn) return refuse('conflict', 'de informatie is ingetrokken (Art. 16.2)');
  if (step.by === 'procesregisseur') {
    if (!step.allow) return 'not-allowed';
    if (current !== 'not-allowed')
      return refuse('conflict', 'de procesregisseur heeft dit al beoordeeld (Art. 12.2f)');
    return 'requested';
  }
  if (!step.approve) return 'not-allowed';
  if (current !== 'requested')
    return refuse(
      'conflict',
      'inzage vooraf wordt pas goedgekeurd na de beoordeling door de procesregisseur (Art. 12.2f)',
    );
  return 'approved';
}

export const isRefusal = (x: unknown): x is Refusal =>
  typeof x === 'object' && x !== null && 'code' in x && 'reason' in x;
