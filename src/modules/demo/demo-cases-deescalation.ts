/**
 * The Haaglanden demo cases at the end of the flow (issue 5 §12; Art. 1.10, 8.4d): a de-escalation
 * proposed and approved by the coordinator, awaiting the procesregisseur's approval; a de-escalated
 * dossier scrubbed and closed with its retention date; and one whose scrub is still due. All
 * people and stories are invented.
 */
import { role, toConference } from './demo-conference.js';
import type { DemoCase } from './demo-types.js';
import { allCriteria, person } from './demo-types.js';

export const deescalationCases: DemoCase[] = [
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
];
