/**
 * The shape of a Haaglanden demo case (issue 5 §12): who registers it, how long ago, the invented
 * registration, and the steps — each one real command — that bring it to its phase. Plus the small
 * helpers the case lists share: invented persons with test-range BSNs and the usual criteria.
 */
import type { InformationRegime } from '../../platform/db/schema.js';
import type { ElementType } from '../cases/deescalation/elements.js';
import type { CaseStatus } from '../cases/rules/state-machine.js';
import type { CaseInput } from '../cases/schemas.js';
import { testBsns } from './fictitious.js';

/** Demo accounts by the local part of their e-mail address (demo-users.ts). */
export type DemoLogin =
  | 'politie'
  | 'ggz'
  | 'gemeente'
  | 'reclassering'
  | 'procesregisseur'
  | 'informatiecentrum';

export type DemoStep =
  | { do: 'submit' }
  | { do: 'pick-up' }
  | { do: 'ask'; by: 'procesregisseur' | 'registering'; text: string }
  | { do: 'accept'; reasoning: string }
  | { do: 'reject'; reason: string; advice: string }
  | { do: 'withdraw'; reason: string }
  // Triage (Art. 1.8, 12.2b): a request to a party, answered by that party's demo professional.
  | {
      do: 'request';
      by: 'procesregisseur' | 'informatiecentrum';
      party: string;
      question: string;
      deadlineInDays: number;
    }
  | {
      do: 'answer';
      by: 'politie' | 'ggz' | 'gemeente' | 'reclassering';
      // Art. 15.2: the regime the answering professional chooses for the answer's item.
      answer: { involved: boolean; summary: string; information?: string | null; regime?: InformationRegime };
    }
  | {
      do: 'triage';
      outcome: {
        route: 'conference' | 'advice' | 'referral';
        goal: string;
        themes: string[];
        parties: string[];
        advice?: string | null;
      };
    }
  // Art. 8, 12.2c–e: a conference `inDays` from now, with invited parties and named participants.
  | {
      do: 'plan';
      inDays: number;
      plan: {
        location: string | null;
        goal: string;
        decisionTypes: string[];
        themes: string[];
        invitations: { party: string; contribution: string; participants: DemoLogin[] }[];
      };
    }
  // Art. 8.4, 13: the planned conference is held. Named participants attend unless listed absent;
  // each action has a `ref` for later steps and a due date `dueInDays` from the seed's now (may be
  // past: set after the fact, as the conference refuses past dates).
  | {
      do: 'hold';
      record: {
        absent?: DemoLogin[];
        coordinator: DemoLogin;
        actions: { ref: string; party: string; description: string; dueInDays: number }[];
        partyRoles: { party: string; role: string; informationNeeds: string }[];
        deescalationCriteria: string;
        minutes: string;
      };
    }
  // Art. 8.5, 13.2–13.3: execution by the coordinator and the parties' participants.
  | { do: 'action-status'; by: DemoLogin; ref: string; status: 'in_progress' | 'done'; note?: string }
  | { do: 'progress'; by: DemoLogin; text: string }
  // Art. 11.3d, 1.9, 1.10: escalation, a follow-up conference, de-escalation and the scrub.
  | { do: 'escalate'; by: DemoLogin; reason: string }
  | { do: 'follow-up'; by: DemoLogin; reason: string }
  | { do: 'propose-deescalation'; by: DemoLogin; evaluation: string }
  | { do: 'approve-deescalation'; by: DemoLogin }
  | { do: 'scrub'; keep: { type: ElementType; reason: string }[] };

export interface DemoCase {
  /** Stable name, for messages and tests. */
  key: string;
  phase: CaseStatus;
  registeredBy: Exclude<DemoLogin, 'procesregisseur' | 'informatiecentrum'>;
  /** When the registration started, in days before the seed runs. */
  daysAgo: number;
  input: Omit<CaseInput, 'partnersInvolved'> & { partnersInvolved: string[] };
  steps: DemoStep[];
}

export const bsn = (i: number) => testBsns[i] as string;
export const allCriteria = {
  areaSafetyProblem: true,
  impactOnSystem: true,
  multipleChainsNeeded: true,
  multiproblem: true,
};

export const person = (name: string, i: number, birthDate: string, address: string) => ({
  name,
  bsn: bsn(i),
  birthDate,
  address,
});

export const accept = {
  do: 'accept',
  reasoning: 'Alle vier criteria van Bijlage 2 zijn aanwezig; door naar triage.',
} as const;
