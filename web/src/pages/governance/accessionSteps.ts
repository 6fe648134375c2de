/**
 * The accession workflow (Art. 20) as steps for the screen: request (20.2), all parties informed
 * (20.3), consent of all (20.4), the Stuurgroep decision (4.5c, 20.4), both signatures of
 * Bijlage 1 (20.4), party active. Pure: derived from the accession as the API returns it.
 */
import type { Accession } from '../../api/governanceMembership';
import type { StepState } from './parts/StepList';

export const ACCESSION_STEPS = ['request', 'notify', 'consent', 'decision', 'signatures', 'active'] as const;
export type AccessionStepKey = (typeof ACCESSION_STEPS)[number];

type Input = Pick<Accession, 'status' | 'notifiedAt' | 'consents' | 'decision' | 'signatures'>;

export function accessionStepStates(a: Input): Record<AccessionStepKey, StepState> {
  const refused = a.status === 'refused';
  const signed = a.signatures.organisation !== null && a.signatures.chair !== null;
  const done: Record<AccessionStepKey, boolean> = {
    request: true,
    notify: a.notifiedAt !== null,
    consent: a.consents.complete,
    decision: a.decision !== null,
    signatures: signed,
    active: a.status === 'acceded',
  };
  let currentSeen = false;
  const states = {} as Record<AccessionStepKey, StepState>;
  for (const step of ACCESSION_STEPS) {
    if (done[step]) states[step] = 'done';
    else if (refused && (step === 'signatures' || step === 'active' || step === 'consent'))
      states[step] = 'skipped';
    else if (!currentSeen) {
      states[step] = 'current';
      currentSeen = true;
    } else states[step] = 'todo';
  }
  return states;
}
