/**
 * The Haaglanden demo cases being carried out (issue 5 §12; Art. 1.9, 8.4–8.6, 11.3d, 13): an
 * action plan with actions of politie, ggz, gemeente and reclassering, two of them overdue, and
 * progress reports; an escalation to the manager; and a family case whose follow-up conference
 * handed the coordination to the reclassering. All people and stories are invented.
 */
import { planFor, role, toConference } from './demo-conference.js';
import type { DemoCase } from './demo-types.js';
import { allCriteria, person } from './demo-types.js';

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
