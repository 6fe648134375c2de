/**
 * The Haaglanden demo cases (issue 5 §12): invented cases in the phases the case flow can reach,
 * registered by the demo professionals and handled by the demo procesregisseur, so that whoever
 * logs in as a demo role sees a living house. Every person, address and story is invented; BSNs
 * come from the test range. Each case lists the steps that bring it to its phase; the seed runs
 * them through the real commands.
 */
import { deescalationCases } from './demo-cases-deescalation.js';
import { executionCases } from './demo-cases-execution.js';
import { accept, allCriteria, type DemoCase, person } from './demo-types.js';

export type { DemoCase, DemoLogin, DemoStep } from './demo-types.js';

/** Shared persons: the same person in two cases shows the procesregisseur an "already known" signal. */
const sem = person('Sem Heidegaard', 11, '1987-03-14', 'Heidegaardlaan 27, 2563 KT Den Haag');

const registrationCases: DemoCase[] = [
  {
    key: 'concept-portiekflat',
    phase: 'concept',
    registeredBy: 'politie',
    daysAgo: 1,
    input: {
      caseType: 'person',
      persons: [person('Daan Tulpenveld', 3, '1979-06-02', 'Duinroosstraat 14, 2511 BC Den Haag')],
      reason:
        'Meerdere meldingen van overlast en verward gedrag in een portiekflat; buren voelen zich onveilig. Concept: nog aanvullen met de meldingen van de wijkagent.',
      goal: 'Rust in het portiek en passende zorg voor betrokkene.',
      partnersInvolved: ['parnassia-groep'],
      protocolKey: 'multiproblematiek',
      informed: true,
      criteria: { ...allCriteria, multipleChainsNeeded: false },
    },
    steps: [],
  },
  {
    key: 'aangemeld-zorgmijder',
    phase: 'aangemeld',
    registeredBy: 'ggz',
    daysAgo: 2,
    input: {
      caseType: 'person',
      persons: [person('Noor Zonnedauw', 5, '1968-11-23', 'Meeuwenhof 3, 2611 AD Delft')],
      reason:
        'Zorgmijdende cliënt met een psychotische stoornis; huurachterstand van zeven maanden en een aangekondigde huisuitzetting. Politie is recent drie keer ter plaatse geweest.',
      goal: 'Huisuitzetting voorkomen en zorg weer op gang brengen.',
      partnersInvolved: ['delft', 'politie-den-haag'],
      protocolKey: 'multiproblematiek',
      informed: false,
      notInformedReason:
        'Betrokkene is op dit moment niet bereikbaar; informeren gebeurt bij het eerstvolgende huisbezoek.',
      criteria: allCriteria,
    },
    steps: [{ do: 'submit' }],
  },
  {
    key: 'aangemeld-gezin-schulden',
    phase: 'aangemeld',
    registeredBy: 'gemeente',
    daysAgo: 1,
    input: {
      caseType: 'family',
      persons: [
        sem,
        person('Lotte Heidegaard-Vlinderhof', 12, '1990-08-30', 'Heidegaardlaan 27, 2563 KT Den Haag'),
      ],
      reason:
        'Gezin met problematische schulden; Veilig Thuis heeft een melding over spanningen in huis doorgestuurd. Vader is ook bekend bij de reclassering.',
      goal: 'Veiligheid in het gezin en een schuldregeling.',
      partnersInvolved: ['veilig-thuis', 'reclassering-nederland'],
      protocolKey: 'multiproblematiek',
      informed: true,
      criteria: allCriteria,
    },
    steps: [{ do: 'submit' }],
  },
  {
    key: 'beoordeling-veelpleger',
    phase: 'in_beoordeling',
    registeredBy: 'reclassering',
    daysAgo: 6,
    input: {
      caseType: 'person',
      persons: [person('Bilal Wolkenberg', 7, '1995-01-09', 'Zilversparweg 8, 2281 EK Rijswijk')],
      reason:
        'Veelpleger, komt over drie weken vrij na een detentie van acht maanden en heeft geen woning. Eerdere terugval na vrijlating zonder nazorg.',
      goal: 'Een sluitende aanpak bij terugkeer: woning, inkomen, dagbesteding en toezicht.',
      partnersInvolved: ['dji-haaglanden', 'den-haag'],
      protocolKey: 'multiproblematiek',
      informed: true,
      criteria: allCriteria,
    },
    steps: [
      { do: 'submit' },
      { do: 'pick-up' },
      {
        do: 'ask',
        by: 'procesregisseur',
        text: 'Is er al contact met de casemanager nazorg van de gemeente over een woning?',
      },
      {
        do: 'ask',
        by: 'registering',
        text: 'Ja, er is een aanvraag gedaan, maar er is nog geen plek. De vrijlatingsdatum staat vast.',
      },
    ],
  },
  {
    key: 'afgewezen-wijkteam',
    phase: 'afgewezen',
    registeredBy: 'gemeente',
    daysAgo: 20,
    input: {
      caseType: 'person',
      persons: [person('Ilse Beukenoord', 15, '1958-04-17', 'Klaverweistraat 41, 2711 GB Zoetermeer')],
      reason: 'Vereenzaming en vervuiling van de woning; de buren maken zich zorgen.',
      goal: 'Betrokkene weer in beeld bij zorg en buurtnetwerk.',
      partnersInvolved: [],
      protocolKey: 'multiproblematiek',
      informed: true,
      criteria: {
        areaSafetyProblem: false,
        impactOnSystem: false,
        multipleChainsNeeded: false,
        multiproblem: true,
      },
    },
    steps: [
      { do: 'submit' },
      { do: 'pick-up' },
      {
        do: 'reject',
        reason: 'Geen veiligheidsprobleem en geen ketenoverstijgende aanpak nodig (Bijlage 2).',
        advice:
          'Meld betrokkene aan bij het sociaal wijkteam Zoetermeer; de GGD kan ondersteunen bij de woningvervuiling.',
      },
    ],
  },
  {
    key: 'ingetrokken-opname',
    phase: 'ingetrokken',
    registeredBy: 'politie',
    daysAgo: 15,
    input: {
      caseType: 'person',
      persons: [person('Jesse Kievitsdal', 19, '2001-12-05', 'Vlinderhofplein 2, 2671 CZ Naaldwijk')],
      reason: 'Jongvolwassene met verward gedrag op straat en dreigende uitspraken naar hulpverleners.',
      goal: 'Veiligheid van omgeving en hulpverleners; passende behandeling.',
      partnersInvolved: ['ggz-delfland'],
      protocolKey: 'multiproblematiek',
      informed: true,
      criteria: allCriteria,
    },
    steps: [
      { do: 'submit' },
      {
        do: 'withdraw',
        reason: 'Betrokkene is inmiddels vrijwillig opgenomen; de aanmelding is niet meer nodig.',
      },
    ],
  },
  {
    key: 'triage-woonoverlast',
    phase: 'in_triage',
    registeredBy: 'politie',
    daysAgo: 10,
    input: {
      caseType: 'person',
      persons: [sem],
      reason:
        'Aanhoudende woonoverlast met bedreiging van buren; betrokkene heeft een verslaving en schulden. De woningcorporatie overweegt ontbinding van de huurovereenkomst.',
      goal: 'Overlast stoppen, huisuitzetting zo mogelijk voorkomen, zorg voor de verslaving.',
      partnersInvolved: ['den-haag', 'parnassia-groep', 'reclassering-nederland'],
      protocolKey: 'multiproblematiek',
      informed: true,
      criteria: allCriteria,
    },
    steps: [
      { do: 'submit' },
      { do: 'pick-up' },
      accept,
      {
        do: 'request',
        by: 'informatiecentrum',
        party: 'parnassia-groep',
        question: 'Is betrokkene bij u in behandeling of in beeld geweest voor verslavingszorg?',
        deadlineInDays: 3,
      },
      {
        do: 'answer',
        by: 'ggz',
        answer: {
          involved: true,
          summary: 'Tot vorig jaar in ambulante behandeling; behandeling eenzijdig gestopt.',
          information: 'Diagnose en behandelgeschiedenis alleen mondeling in het overleg, met toestemming.',
          // Art. 15.2: behandelinformatie van de ggz is een gezondheidsgegeven.
          regime: 'bijzonder',
        },
      },
      {
        do: 'request',
        by: 'procesregisseur',
        party: 'reclassering-nederland',
        question: 'Loopt er toezicht of een reclasseringsadvies voor betrokkene?',
        deadlineInDays: 4,
      },
    ],
  },
  {
    key: 'afgesloten-advies',
    phase: 'afgesloten_zonder_overleg',
    registeredBy: 'gemeente',
    daysAgo: 25,
    input: {
      caseType: 'person',
      persons: [person('Fleur Lentevelde', 27, '1983-07-12', 'Tulpenveldpad 5, 2511 XR Den Haag')],
      reason: 'Alleenstaande moeder met schulden en spanningen met de buren; zorgen over de kinderen.',
      goal: 'Rust in de buurt en ondersteuning van het gezin.',
      partnersInvolved: ['veilig-thuis'],
      protocolKey: 'multiproblematiek',
      informed: true,
      criteria: allCriteria,
    },
    steps: [
      { do: 'submit' },
      { do: 'pick-up' },
      accept,
      {
        do: 'triage',
        outcome: {
          route: 'advice',
          goal: 'Gezin ondersteunen zonder casusoverleg.',
          themes: ['schulden', 'opvoeding'],
          parties: [],
          advice:
            'Schuldhulpverlening via de gemeente en opvoedondersteuning door het CJG; geen ketenoverleg nodig.',
        },
      },
    ],
  },
  {
    key: 'overleg-terugkeer',
    phase: 'overleg_gepland',
    registeredBy: 'reclassering',
    daysAgo: 14,
    input: {
      caseType: 'person',
      persons: [person('Youssef Molenbloesem', 31, '1992-10-03', 'Wolkenbergstraat 18, 2563 PL Den Haag')],
      reason:
        'Komt binnenkort vrij na een straf voor geweld; eerder agressie richting ex-partner en hulpverleners, psychiatrische problematiek en geen woonadres.',
      goal: 'Veilige terugkeer: woonplek, behandeling, toezicht en bescherming van de ex-partner.',
      partnersInvolved: ['politie-den-haag', 'parnassia-groep', 'den-haag'],
      protocolKey: 'multiproblematiek',
      informed: true,
      criteria: allCriteria,
    },
    steps: [
      { do: 'submit' },
      { do: 'pick-up' },
      accept,
      {
        do: 'request',
        by: 'procesregisseur',
        party: 'politie-den-haag',
        question: 'Zijn er recente meldingen of een contactverbod rond betrokkene?',
        deadlineInDays: 2,
      },
      {
        do: 'answer',
        by: 'politie',
        answer: {
          involved: true,
          summary: 'Contactverbod met de ex-partner loopt nog; twee meldingen vorig jaar.',
          // Art. 15.2: meldingen uit de politiesystemen zijn politiegegevens (Wpg).
          regime: 'politie',
        },
      },
      {
        do: 'triage',
        outcome: {
          route: 'conference',
          goal: 'Een gezamenlijk plan voor de terugkeer vóór de vrijlating.',
          themes: ['wonen', 'zorg', 'veiligheid'],
          parties: ['politie-den-haag', 'parnassia-groep', 'den-haag', 'reclassering-nederland'],
        },
      },
      {
        do: 'plan',
        inDays: 4,
        plan: {
          location: 'Zorg- en Veiligheidshuis Haaglanden, vergaderzaal 2',
          goal: 'Afspraken over wonen, behandeling en toezicht bij vrijlating.',
          decisionTypes: ['plan van aanpak', 'casuscoördinator'],
          themes: ['wonen', 'zorg', 'veiligheid'],
          invitations: [
            {
              party: 'politie-den-haag',
              contribution: 'Veiligheidsbeeld en het contactverbod.',
              participants: ['politie'],
            },
            {
              party: 'parnassia-groep',
              contribution: 'Mogelijkheden voor behandeling na vrijlating.',
              participants: ['ggz'],
            },
            {
              party: 'den-haag',
              contribution: 'Woonplek en inkomen vanaf de eerste dag.',
              participants: ['gemeente'],
            },
            {
              party: 'reclassering-nederland',
              contribution: 'Toezicht en bijzondere voorwaarden.',
              participants: ['reclassering'],
            },
          ],
        },
      },
    ],
  },
  {
    key: 'triage-radicalisering',
    phase: 'in_triage',
    registeredBy: 'ggz',
    daysAgo: 8,
    input: {
      caseType: 'person',
      persons: [person('Milan Sterrenkamp', 23, '1999-02-21', 'Sterrenkampkade 9, 2262 AM Leidschendam')],
      reason:
        'Cliënt uit zich online steeds extremer en zoekt contact met een bekende radicale groep; er zijn zorgen over zijn psychische gesteldheid.',
      goal: 'Zicht op de risico’s en een persoonsgerichte aanpak met zorg en begeleiding.',
      partnersInvolved: ['politie-den-haag', 'den-haag'],
      protocolKey: 'radicalisering',
      informed: false,
      notInformedReason:
        'Informeren kan de aanpak op dit moment schaden; afgestemd met de functionaris gegevensbescherming.',
      criteria: allCriteria,
    },
    steps: [{ do: 'submit' }, { do: 'pick-up' }, accept],
  },
];

/** Every demo case: registration to conference here; execution and de-escalation beside it. */
export const demoCases: DemoCase[] = [...registrationCases, ...executionCases, ...deescalationCases];
