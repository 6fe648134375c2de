/**
 * The Haaglanden demo cases after the case conference (issue 5 §12; Art. 1.9, 1.10, 8.4–8.6,
 * 11.3d, 13): an action plan being carried out by politie, ggz, gemeente and reclassering with
 * overdue actions and progress reports; an escalation to the manager; a follow-up conference; a
 * de-escalation awaiting its second approval; and two de-escalated dossiers, one scrubbed (with its
 * retention date) and one whose scrub is still due. All people and stories are invented.
 */
import type { DemoCase, DemoLogin, DemoStep } from './demo-types.js';
import { accept, allCriteria, person } from './demo-types.js';

type Party = 'politie-den-haag' | 'parnassia-groep' | 'den-haag' | 'reclassering-nederland';

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
function toConference(goal: string, themes: string[], parties: Party[]): DemoStep[] {
  return [
    { do: 'submit' },
    { do: 'pick-up' },
    accept,
    { do: 'triage', outcome: { route: 'conference', goal, themes, parties } },
    { do: 'plan', inDays: 2, plan: planFor(goal, themes, parties) },
  ];
}

function planFor(goal: string, themes: string[], parties: Party[]) {
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

const role = (party: Party, text: string, needs: string) => ({
  party,
  role: text,
  informationNeeds: needs,
});

export const executionCases: DemoCase[] = [
  {
    key: 'uitvoering-overlast-schulden',
    phase: 'in_uitvoering',
    registeredBy: 'gemeente',
    daysAgo: 64,
    input: {
      caseType: 'person',
      persons: [person('Ruben van Zeewindt', 35, '1984-05-19', 'Lentebloesemlaan 112, 2563 RB Den Haag')],
      reason:
        'Man met een alcoholverslaving en forse schulden; bedreigt buren en hulpverleners, vijf politiemeldingen in een halfjaar. De woningcorporatie heeft een ontruimingsprocedure aangekondigd.',
      goal: 'Ontruiming voorkomen, overlast stoppen en verslavingszorg op gang brengen.',
      partnersInvolved: ['politie-den-haag', 'parnassia-groep'],
      protocolKey: 'multiproblematiek',
      informed: true,
      criteria: allCriteria,
    },
    steps: [
      ...toConference(
        'Eén plan voor veiligheid in de buurt, schulden en verslavingszorg.',
        ['wonen', 'schulden', 'verslaving', 'veiligheid'],
        ['politie-den-haag', 'parnassia-groep', 'den-haag', 'reclassering-nederland'],
      ),
      {
        do: 'hold',
        record: {
          coordinator: 'gemeente',
          actions: [
            {
              ref: 'politie',
              party: 'politie-den-haag',
              description:
                'Wijkagent legt elke twee weken een huisbezoek af en deelt nieuwe meldingen met de casuscoördinator.',
              dueInDays: -5,
            },
            {
              ref: 'ggz',
              party: 'parnassia-groep',
              description: 'Intake bij de verslavingszorg plannen en betrokkene ernaartoe begeleiden.',
              dueInDays: -2,
            },
            {
              ref: 'gemeente',
              party: 'den-haag',
              description:
                'Schuldhulpverlening starten en met de woningcorporatie een betalingsregeling afspreken.',
              dueInDays: 9,
            },
            {
              ref: 'reclassering',
              party: 'reclassering-nederland',
              description: 'Adviseren over een voorwaardelijk traject met een alcoholverbod en meldplicht.',
              dueInDays: -12,
            },
          ],
          partyRoles: [
            role(
              'den-haag',
              'Casuscoördinatie, schulden en wonen.',
              'Betalingsachterstand en stand van de ontruiming.',
            ),
            role(
              'politie-den-haag',
              'Zicht op de veiligheid in de buurt.',
              'Nieuwe meldingen van overlast of bedreiging.',
            ),
            role('parnassia-groep', 'Verslavingszorg.', 'Of betrokkene op de intake verschijnt.'),
            role('reclassering-nederland', 'Advies over voorwaarden.', 'Uitkomst van de strafzaak.'),
          ],
          deescalationCriteria:
            'Drie maanden geen meldingen van overlast of bedreiging, een lopende schuldregeling en betrokkene in behandeling bij de verslavingszorg.',
          minutes:
            'Afgesproken: de gemeente coördineert. Politie houdt zicht op de buurt, Parnassia plant een intake, reclassering adviseert over voorwaarden. Vervolgoverleg als de ontruiming toch doorgaat.',
        },
      },
      { do: 'action-status', by: 'reclassering', ref: 'reclassering', status: 'in_progress' },
      {
        do: 'action-status',
        by: 'politie',
        ref: 'politie',
        status: 'in_progress',
        note: 'Eerste huisbezoek afgelegd.',
      },
      {
        do: 'action-status',
        by: 'reclassering',
        ref: 'reclassering',
        status: 'done',
        note: 'Advies uitgebracht: meldplicht en alcoholverbod.',
      },
      {
        do: 'progress',
        by: 'gemeente',
        text: 'De woningcorporatie houdt de ontruiming zes weken aan. Schuldhulp is gestart; de intake bij de verslavingszorg is nog niet gepland.',
      },
      { do: 'action-status', by: 'gemeente', ref: 'gemeente', status: 'in_progress' },
      {
        do: 'progress',
        by: 'gemeente',
        text: 'Betalingsregeling loopt; twee nieuwe meldingen van geluidsoverlast. Parnassia en de wijkagent zijn over hun termijn; navraag gedaan.',
      },
    ],
  },
  {
    key: 'opgeschaald-brandgevaar',
    phase: 'in_uitvoering',
    registeredBy: 'politie',
    daysAgo: 85,
    input: {
      caseType: 'person',
      persons: [person('Naima de Regenboogh', 39, '1976-09-08', 'Duinroosstraat 88, 2511 KL Den Haag')],
      reason:
        'Vrouw met een psychotische stoornis die zorg mijdt; twee keer brandgevaar in de flat, een vervuilde woning en een dreigende ontruiming. Buren zijn bang.',
      goal: 'Brandveiligheid en rust in de flat; zorg en een passende woonvorm.',
      partnersInvolved: ['parnassia-groep', 'den-haag'],
      protocolKey: 'multiproblematiek',
      informed: false,
      notInformedReason:
        'Betrokkene doet niet open en reageert niet op brieven; informeren bij het eerste contact.',
      criteria: allCriteria,
    },
    steps: [
      ...toConference(
        'Brandgevaar wegnemen en zorg op gang brengen voordat de ontruiming doorgaat.',
        ['veiligheid', 'zorg', 'wonen'],
        ['politie-den-haag', 'parnassia-groep', 'den-haag'],
      ),
      {
        do: 'hold',
        record: {
          coordinator: 'ggz',
          actions: [
            {
              ref: 'ggz',
              party: 'parnassia-groep',
              description:
                'Bemoeizorg legt binnen twee weken contact en beoordeelt of een zorgmachtiging nodig is.',
              dueInDays: -9,
            },
            {
              ref: 'gemeente',
              party: 'den-haag',
              description: 'Met de woningcorporatie de ontruiming aanhouden en een schoonmaak regelen.',
              dueInDays: -4,
            },
            {
              ref: 'politie',
              party: 'politie-den-haag',
              description: 'Meldingen over brandgevaar direct delen met de casuscoördinator en de ggz.',
              dueInDays: 20,
            },
          ],
          partyRoles: [
            role('parnassia-groep', 'Casuscoördinatie en bemoeizorg.', 'Elk contact met betrokkene.'),
            role('den-haag', 'Wonen en schoonmaak.', 'Stand van de ontruiming.'),
            role('politie-den-haag', 'Veiligheid in de flat.', 'Meldingen van brandgevaar.'),
          ],
          deescalationCriteria:
            'Betrokkene in zorg, de woning schoon en brandveilig, en twee maanden geen meldingen.',
          minutes:
            'Afgesproken: Parnassia coördineert en zet bemoeizorg in; de gemeente vraagt de woningcorporatie de ontruiming aan te houden; politie meldt elk brandgevaar direct.',
        },
      },
      { do: 'action-status', by: 'politie', ref: 'politie', status: 'in_progress' },
      {
        do: 'progress',
        by: 'ggz',
        text: 'Betrokkene doet niet open; twee pogingen tot contact. De woningcorporatie heeft de rechter om een ontruimingsdatum gevraagd.',
      },
      {
        do: 'escalate',
        by: 'procesregisseur',
        reason:
          'Twee afgesproken acties zijn ruim over hun termijn en de ontruiming gaat door; doorzettingsmacht van de manager nodig om de ontruiming aan te houden en de bemoeizorg voorrang te geven.',
      },
    ],
  },
  {
    key: 'afschaling-voorgesteld',
    phase: 'in_uitvoering',
    registeredBy: 'reclassering',
    daysAgo: 120,
    input: {
      caseType: 'person',
      persons: [person('Thijs ter Heideveld', 43, '1998-02-27', 'Klaverweistraat 9, 2563 BN Den Haag')],
      reason:
        'Jongeman met een licht verstandelijke beperking, na detentie terug bij zijn moeder; ruzies lopen uit de hand, schulden en geen dagbesteding. Eerder terugval in diefstal.',
      goal: 'Een stabiele woonplek, dagbesteding en geen nieuwe delicten.',
      partnersInvolved: ['den-haag'],
      protocolKey: 'multiproblematiek',
      informed: true,
      criteria: allCriteria,
    },
    steps: [
      ...toConference(
        'Terugkeer na detentie: wonen, dagbesteding en toezicht.',
        ['wonen', 'dagbesteding', 'toezicht'],
        ['reclassering-nederland', 'den-haag', 'politie-den-haag'],
      ),
      {
        do: 'hold',
        record: {
          coordinator: 'reclassering',
          actions: [
            {
              ref: 'reclassering',
              party: 'reclassering-nederland',
              description: 'Toezicht op de bijzondere voorwaarden en maandelijks rapporteren.',
              dueInDays: 30,
            },
            {
              ref: 'gemeente',
              party: 'den-haag',
              description: 'Dagbesteding en een uitkering regelen; aanmelden voor beschermd wonen.',
              dueInDays: 3,
            },
            {
              ref: 'politie',
              party: 'politie-den-haag',
              description: 'Wijkagent maakt kennis en is aanspreekpunt voor de moeder.',
              dueInDays: 5,
            },
          ],
          partyRoles: [
            role('reclassering-nederland', 'Casuscoördinatie en toezicht.', 'Incidenten en verzuim.'),
            role(
              'den-haag',
              'Inkomen, dagbesteding en wonen.',
              'Voortgang van de aanmelding beschermd wonen.',
            ),
          ],
          deescalationCriteria:
            'Vier maanden geen delicten, dagbesteding vijf dagen per week en een eigen woonplek.',
          minutes:
            'Afgesproken: reclassering coördineert; de gemeente regelt inkomen, dagbesteding en beschermd wonen; de wijkagent is aanspreekpunt voor de moeder.',
        },
      },
      { do: 'action-status', by: 'politie', ref: 'politie', status: 'done' },
      {
        do: 'action-status',
        by: 'gemeente',
        ref: 'gemeente',
        status: 'done',
        note: 'Plek bij beschermd wonen.',
      },
      { do: 'action-status', by: 'reclassering', ref: 'reclassering', status: 'in_progress' },
      {
        do: 'progress',
        by: 'reclassering',
        text: 'Betrokkene woont sinds twee maanden beschermd en gaat vijf dagen per week naar de dagbesteding. Geen incidenten.',
      },
      {
        do: 'propose-deescalation',
        by: 'reclassering',
        evaluation:
          'De criteria zijn gehaald: vier maanden geen delicten, dagbesteding vijf dagen per week en een eigen woonplek. Het toezicht loopt door binnen de reclassering.',
      },
      { do: 'approve-deescalation', by: 'reclassering' },
    ],
  },
  {
    key: 'afgeschaald-geschoond',
    phase: 'afgeschaald',
    registeredBy: 'ggz',
    daysAgo: 200,
    input: {
      caseType: 'person',
      persons: [person('Esmee van Duinkerkhof', 47, '1991-12-01', 'Tulpenveldpad 31, 2511 XR Den Haag')],
      reason:
        'Moeder van twee kinderen met een terugkerende depressie; de ex-partner houdt zich niet aan het contactverbod en er zijn meldingen van huiselijk geweld.',
      goal: 'Veiligheid van moeder en kinderen; behandeling en een stabiel netwerk.',
      partnersInvolved: ['veilig-thuis', 'politie-den-haag'],
      protocolKey: 'multiproblematiek',
      informed: true,
      criteria: allCriteria,
    },
    steps: [
      ...toConference(
        'Veiligheid in huis en behandeling voor moeder.',
        ['huiselijk geweld', 'zorg'],
        ['parnassia-groep', 'politie-den-haag', 'den-haag'],
      ),
      {
        do: 'hold',
        record: {
          coordinator: 'ggz',
          actions: [
            {
              ref: 'ggz',
              party: 'parnassia-groep',
              description: 'Behandeling voor de depressie hervatten.',
              dueInDays: 10,
            },
            {
              ref: 'politie',
              party: 'politie-den-haag',
              description: 'Toezicht op het contactverbod en aandacht voor het adres.',
              dueInDays: 10,
            },
            {
              ref: 'gemeente',
              party: 'den-haag',
              description: 'Opvoedondersteuning en kinderopvang regelen.',
              dueInDays: 10,
            },
          ],
          partyRoles: [role('parnassia-groep', 'Casuscoördinatie en behandeling.', 'Signalen van terugval.')],
          deescalationCriteria: 'Drie maanden geen incidenten en moeder in behandeling.',
          minutes:
            'Afgesproken: Parnassia coördineert; politie ziet toe op het contactverbod; de gemeente regelt opvoedondersteuning.',
        },
      },
      { do: 'action-status', by: 'ggz', ref: 'ggz', status: 'done' },
      { do: 'action-status', by: 'politie', ref: 'politie', status: 'done' },
      { do: 'action-status', by: 'gemeente', ref: 'gemeente', status: 'done' },
      {
        do: 'propose-deescalation',
        by: 'procesregisseur',
        evaluation: 'Vier maanden geen incidenten; moeder in behandeling; de kinderen gaan naar de opvang.',
      },
      { do: 'approve-deescalation', by: 'ggz' },
      { do: 'approve-deescalation', by: 'procesregisseur' },
      {
        do: 'scrub',
        keep: [
          {
            type: 'conference-record',
            reason:
              'De afspraken en de afschalingscriteria blijven nodig voor de verantwoording (Art. 1.10).',
          },
        ],
      },
    ],
  },
  {
    key: 'afgeschaald-te-schonen',
    phase: 'afgeschaald',
    registeredBy: 'gemeente',
    daysAgo: 100,
    input: {
      caseType: 'person',
      persons: [person('Koen Meeuwenberg', 51, '1949-03-30', 'Wolkenbergstraat 5, 2563 PL Den Haag')],
      reason:
        'Oudere man met beginnende dementie wordt financieel uitgebuit door een buurtgenoot; vervuilde woning en verwaarlozing.',
      goal: 'Uitbuiting stoppen, beschermingsbewind en passende zorg.',
      partnersInvolved: ['politie-den-haag'],
      protocolKey: 'multiproblematiek',
      informed: true,
      criteria: allCriteria,
    },
    steps: [
      ...toConference(
        'Uitbuiting stoppen en zorg en bewind regelen.',
        ['financiële uitbuiting', 'zorg'],
        ['den-haag', 'politie-den-haag', 'parnassia-groep'],
      ),
      {
        do: 'hold',
        record: {
          coordinator: 'gemeente',
          actions: [
            {
              ref: 'gemeente',
              party: 'den-haag',
              description: 'Beschermingsbewind aanvragen en thuiszorg inzetten.',
              dueInDays: 14,
            },
            {
              ref: 'politie',
              party: 'politie-den-haag',
              description: 'Onderzoek naar de uitbuiting en een gesprek met de buurtgenoot.',
              dueInDays: 14,
            },
            {
              ref: 'ggz',
              party: 'parnassia-groep',
              description: 'Ouderenpsychiatrie beoordeelt de zorgbehoefte.',
              dueInDays: 14,
            },
          ],
          partyRoles: [role('den-haag', 'Casuscoördinatie, bewind en zorg.', 'Voortgang van het bewind.')],
          deescalationCriteria: 'Bewind ingesteld, thuiszorg loopt en geen nieuwe signalen van uitbuiting.',
          minutes:
            'Afgesproken: de gemeente coördineert en vraagt bewind aan; politie onderzoekt de uitbuiting; Parnassia beoordeelt de zorg.',
        },
      },
      { do: 'action-status', by: 'gemeente', ref: 'gemeente', status: 'done' },
      { do: 'action-status', by: 'politie', ref: 'politie', status: 'done' },
      { do: 'action-status', by: 'ggz', ref: 'ggz', status: 'done' },
      {
        do: 'propose-deescalation',
        by: 'gemeente',
        evaluation: 'Bewind is ingesteld, de thuiszorg komt dagelijks en er zijn geen nieuwe signalen.',
      },
      { do: 'approve-deescalation', by: 'gemeente' },
      { do: 'approve-deescalation', by: 'procesregisseur' },
    ],
  },
  {
    key: 'vervolgoverleg-gezin',
    phase: 'in_uitvoering',
    registeredBy: 'politie',
    daysAgo: 140,
    input: {
      caseType: 'family',
      persons: [
        person('Anouk Klaverwei', 55, '1981-06-15', 'Heidegaardlaan 90, 2563 KV Den Haag'),
        person('Gijs Klaverwei', 59, '1979-01-04', 'Heidegaardlaan 90, 2563 KV Den Haag'),
      ],
      reason:
        'Vader is terug na een gevangenisstraf voor mishandeling; moeder heeft een alcoholprobleem en schulden; de kinderen verzuimen van school.',
      goal: 'Veiligheid in het gezin, hulp bij schulden en verslaving, de kinderen weer naar school.',
      partnersInvolved: ['veilig-thuis', 'den-haag'],
      protocolKey: 'multiproblematiek',
      informed: true,
      criteria: allCriteria,
    },
    steps: [
      ...toConference(
        'Een gezinsplan voor veiligheid, schulden en schoolgang.',
        ['huiselijk geweld', 'schulden', 'verslaving'],
        ['politie-den-haag', 'den-haag', 'parnassia-groep'],
      ),
      {
        do: 'hold',
        record: {
          coordinator: 'gemeente',
          actions: [
            {
              ref: 'gemeente-1',
              party: 'den-haag',
              description: 'Schuldhulp voor het gezin en leerplicht inschakelen.',
              dueInDays: 10,
            },
            {
              ref: 'ggz-1',
              party: 'parnassia-groep',
              description: 'Verslavingszorg voor moeder starten.',
              dueInDays: 10,
            },
          ],
          partyRoles: [
            role('den-haag', 'Casuscoördinatie en gezinsondersteuning.', 'Schoolverzuim en schulden.'),
          ],
          deescalationCriteria: 'Drie maanden geen meldingen, de kinderen naar school en schuldhulp loopt.',
          minutes: 'Afgesproken: de gemeente coördineert; Parnassia start verslavingszorg voor moeder.',
        },
      },
      { do: 'action-status', by: 'gemeente', ref: 'gemeente-1', status: 'done' },
      {
        do: 'progress',
        by: 'gemeente',
        text: 'Schuldhulp loopt en de kinderen gaan weer naar school. Vorige week een nieuwe melding van huiselijk geweld.',
      },
      {
        do: 'follow-up',
        by: 'gemeente',
        reason:
          'Nieuwe melding van huiselijk geweld; vader houdt zich niet aan de afspraken. Reclassering moet aan tafel.',
      },
      {
        do: 'plan',
        inDays: 2,
        plan: planFor(
          'Vervolgoverleg: veiligheid in het gezin na de nieuwe melding.',
          ['huiselijk geweld', 'toezicht'],
          ['politie-den-haag', 'den-haag', 'parnassia-groep', 'reclassering-nederland'],
        ),
      },
      {
        do: 'hold',
        record: {
          absent: ['ggz'],
          coordinator: 'reclassering',
          actions: [
            {
              ref: 'reclassering',
              party: 'reclassering-nederland',
              description:
                'Toezicht op de bijzondere voorwaarden van vader: contactverbod met moeder en meldplicht.',
              dueInDays: 25,
            },
            {
              ref: 'politie',
              party: 'politie-den-haag',
              description: 'Aandacht voor het adres en direct melden bij overtreding van het contactverbod.',
              dueInDays: 6,
            },
          ],
          partyRoles: [
            role(
              'reclassering-nederland',
              'Casuscoördinatie en toezicht op vader.',
              'Overtredingen van het contactverbod.',
            ),
            role('politie-den-haag', 'Veiligheid op het adres.', 'Meldingen op het adres.'),
          ],
          deescalationCriteria:
            'Drie maanden geen meldingen, contactverbod nageleefd, de kinderen naar school en schuldhulp loopt.',
          minutes:
            'Vervolgoverleg. Afgesproken: reclassering neemt de coördinatie over en ziet toe op het contactverbod; politie let op het adres. Parnassia was afwezig en levert schriftelijk de stand van de behandeling.',
        },
      },
      { do: 'action-status', by: 'reclassering', ref: 'reclassering', status: 'in_progress' },
    ],
  },
];
