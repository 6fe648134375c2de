/**
 * Shared steps of the later demo cases (issue 5 §12; Art. 8.1–8.4, 12.2c–e): the way a case reaches
 * its first conference — submitted, picked up, accepted, triaged to a conference with the parties
 * at the table and planned — with each party's demo professional as its named participant and the
 * contribution asked of it, and a party's role and information needs in the conference record.
 */
import type { DemoLogin, DemoStep } from './demo-types.js';
import { accept } from './demo-types.js';

export type Party = 'politie-den-haag' | 'parnassia-groep' | 'den-haag' | 'reclassering-nederland';

/** The demo professional of each party at the table. */
const delegate: Record<Party, DemoLogin> = {
  'politie-den-haag': 'politie',
  'parnassia-groep': 'ggz',
  'den-haag': 'gemeente',
  'reclassering-nederland': 'reclassering',
};

const contribution: Record<Party, string> = {
  'politie-den-haag': 'Veiligheidsbeeld: meldingen, incidenten en lopende maatregelen.',
  'parnassia-groep': 'Zorgbeeld en mogelijkheden voor behandeling of bemoeizorg.',
  'den-haag': 'Wonen, inkomen, schulden en de inzet van het wijkteam.',
  'reclassering-nederland': 'Toezicht, bijzondere voorwaarden en reclasseringsadvies.',
};

/** Submitted, picked up, accepted, triaged to a conference with `parties`, planned in two days. */
export function toConference(goal: string, themes: string[], parties: Party[]): DemoStep[] {
  return [
    { do: 'submit' },
    { do: 'pick-up' },
    accept,
    { do: 'triage', outcome: { route: 'conference', goal, themes, parties } },
    { do: 'plan', inDays: 2, plan: planFor(goal, themes, parties) },
  ];
}

export function planFor(goal: string, themes: string[], parties: Party[]) {
  return {
    location: 'Zorg- en Veiligheidshuis Haaglanden, vergaderzaal 1',
    goal,
    decisionTypes: ['plan van aanpak', 'casuscoördinator', 'afschalingscriteria'],
    themes,
    invitations: parties.map((party) => ({
      party,
      contribution: contribution[party],
      participants: [delegate[party]],
    })),
  };
}

export const role = (party: Party, text: string, needs: string) => ({
  party,
  role: text,
  informationNeeds: needs,
});
